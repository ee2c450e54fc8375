import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';
import { reachSteps, readTlsMaterial, TestFailure, withHints, type TestContext } from '../../testing/index.js';
import type { RabbitmqProfileConfig } from './profile-schema.js';
import { StreamConnection, StreamResponseError } from './stream-connection.js';
import { STREAM_KEYS } from './stream-frames.js';
import type { RabbitmqTableConfig } from './table-schema.js';
import { RABBITMQ_TEST_HINTS } from './tester-hints.js';

/** Arroyo's defaults for what a profile leaves out. */
const DEFAULTS = { host: 'localhost', port: 5552, username: 'guest', password: 'guest', virtualHost: '/' };

async function tlsOptions(tls: NonNullable<RabbitmqProfileConfig['tls_config']>): Promise<ConnectionOptions> {
  return {
    ...(tls.root_certificates_path ? { ca: await readTlsMaterial(tls.root_certificates_path, 'tls_config.root_certificates_path') } : {}),
    ...(tls.client_certificates_path
      ? { cert: await readTlsMaterial(tls.client_certificates_path, 'tls_config.client_certificates_path') }
      : {}),
    ...(tls.client_keys_path ? { key: await readTlsMaterial(tls.client_keys_path, 'tls_config.client_keys_path') } : {}),
    rejectUnauthorized: tls.trust_certificates !== true,
  };
}

/** A failed response, classified for a person. */
function failureOf(error: unknown, profile: RabbitmqProfileConfig): unknown {
  if (!(error instanceof StreamResponseError)) return error;
  const user = profile.username ?? DEFAULTS.username;
  const vhost = profile.virtual_host ?? DEFAULTS.virtualHost;
  switch (error.responseCode) {
    case 8:
      return new TestFailure('auth', error.message, `check username and password: RabbitMQ refused them for user '${user}'`);
    case 11:
      return new TestFailure(
        'auth',
        error.message,
        `RabbitMQ lets user '${user}' connect from localhost only (loopback_users): use another user, or change loopback_users`,
      );
    case 7:
      return new TestFailure('auth', error.message, 'the stream listener does not offer SASL PLAIN: enable it for the stream plugin');
    case 12:
    case 16:
      return new TestFailure(
        'auth',
        error.message,
        `check virtual_host: '${vhost}' does not exist, or user '${user}' has no permissions on it`,
      );
    case 2:
    case 6:
      return new TestFailure('not_found', error.message, 'create the stream, or fix the table\u2019s stream; the test never creates it');
    default:
      return new TestFailure(
        'protocol',
        error.message,
        'the server answered the stream protocol with an error: see its words in the message',
      );
  }
}

/** Opens the socket the stream protocol runs on, plain or TLS; it is destroyed when the test ends. */
function openSocket(context: TestContext, host: string, port: number, tls: ConnectionOptions | undefined): Socket {
  const servername = isIP(host) ? undefined : host;
  const socket = tls ? connectTls({ host, port, ...(servername ? { servername } : {}), ...tls }) : connectTcp({ host, port });
  socket.on('error', () => undefined);
  context.defer(() => socket.destroy());
  return socket;
}

/**
 * Tests a RabbitMQ Streams profile, or a table, over the stream protocol (port 5552,
 * not AMQP): `dns`, `connect`, `tls` (when `tls_config.enabled`), `authenticate`
 * (peer properties, SASL PLAIN, tuning), `virtual_host` (open) and, for a table,
 * `stream` (metadata: it exists and has a leader; never created). It speaks the
 * handful of frames it needs itself: see the README for why not rabbitmq-stream-js-client.
 *
 * @example
 * ```ts
 * await runConnectorTest('rabbitmq', rabbitmqTester, { profile: { host: '127.0.0.1', port: 5552, username: 'app', password: 'pw' }, secrets: ['pw'] });
 * ```
 */
export const rabbitmqTester = withHints<RabbitmqProfileConfig, RabbitmqTableConfig>(async ({ profile, table }, context) => {
  const host = profile.host ?? DEFAULTS.host;
  const port = profile.port ?? DEFAULTS.port;
  const tlsConfig = profile.tls_config?.enabled ? profile.tls_config : undefined;
  const { tls } = await reachSteps(context, {
    endpoints: [{ host, port }],
    noun: 'server',
    ...(tlsConfig ? { tls: () => tlsOptions(tlsConfig) } : {}),
  });
  const username = profile.username ?? DEFAULTS.username;
  const connection = await context.step('authenticate', async () => {
    const stream = new StreamConnection(openSocket(context, host, port, tls));
    context.defer(() => stream.close(100));
    try {
      const server = (
        await stream.command(STREAM_KEYS.peerProperties, 'peer properties', (w) =>
          w.int32(1).string('product').string('ddl-profiles connection test'),
        )
      ).properties();
      const mechanisms = await stream.command(STREAM_KEYS.saslHandshake, 'SASL handshake');
      const offered = Array.from({ length: mechanisms.int32() }, () => mechanisms.string());
      if (!offered.includes('PLAIN'))
        throw new StreamResponseError(7, `SASL handshake (the server offers ${offered.join(', ') || 'nothing'})`);
      const plain = Buffer.from(`\u0000${username}\u0000${profile.password ?? DEFAULTS.password}`, 'utf8');
      await stream.command(STREAM_KEYS.saslAuthenticate, 'SASL authenticate', (w) => w.string('PLAIN').bytes(plain));
      await stream.acceptTune();
      const product = [server.product, server.version].filter(Boolean).join(' ') || 'the server';
      return { message: `authenticated as '${username}' with ${product}`, value: stream };
    } catch (error) {
      throw failureOf(error, profile);
    }
  });
  const vhost = profile.virtual_host ?? DEFAULTS.virtualHost;
  await context.step('virtual_host', async () => {
    try {
      await connection.command(STREAM_KEYS.open, 'open virtual host', (w) => w.string(vhost));
    } catch (error) {
      throw failureOf(error, profile);
    }
    return { message: `virtual host '${vhost}' opened`, value: undefined };
  });
  if (table) {
    await context.step('stream', async () => {
      const reader = await connection.request(STREAM_KEYS.metadata, (w) => w.int32(1).string(table.stream));
      const brokers = new Map<number, string>();
      for (let i = reader.int32(); i > 0; i--) brokers.set(reader.uint16(), `${reader.string()}:${reader.uint32()}`);
      reader.int32();
      reader.string();
      const code = reader.uint16();
      const leader = reader.uint16();
      if (code !== 1) throw failureOf(new StreamResponseError(code, `stream '${table.stream}'`), profile);
      return { message: `stream '${table.stream}' exists, its leader on ${brokers.get(leader) ?? 'an unknown node'}`, value: undefined };
    });
  }
}, RABBITMQ_TEST_HINTS);
