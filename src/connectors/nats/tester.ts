import type { Socket } from 'node:net';
import type { ConnectionOptions, NatsConnection } from '@nats-io/transport-node';
import { hintFor, reachSteps, TestFailure, withHints, type Endpoint } from '../../testing/index.js';
import type { NatsProfileConfig } from './profile-schema.js';
import type { NatsTableConfig } from './table-schema.js';
import { NATS_TEST_HINTS } from './tester-hints.js';

interface Server extends Endpoint {
  scheme: string;
}

function serverOf(text: string): Server {
  const url = new URL(text.includes('://') ? text : `nats://${text}`);
  const scheme = url.protocol.replace(':', '');
  return { scheme, host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 4222) };
}

/** NATS says INFO in plain text before a TLS handshake: read up to the end of that line. */
function afterInfo(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (!seen.includes('\r\n')) return;
      socket.off('data', onData);
      socket.pause();
      if (seen.startsWith('INFO ')) resolve();
      else
        reject(new TestFailure('protocol', `the server greeted with '${seen.slice(0, 40).trim()}', not a NATS INFO`, hintFor('protocol')));
    };
    socket.on('data', onData);
    socket.once('close', () => reject(new Error('the server closed the connection before its INFO')));
  });
}

function authOptions(
  auth: NatsProfileConfig['authentication'],
  jwtAuthenticator: (jwt: string, seed: Uint8Array) => unknown,
): Partial<ConnectionOptions> {
  if (auth?.jwt !== undefined && auth.nkey_seed !== undefined) {
    return { authenticator: jwtAuthenticator(auth.jwt, new TextEncoder().encode(auth.nkey_seed)) as ConnectionOptions['authenticator'] };
  }
  if (auth?.username !== undefined) return { user: auth.username, pass: auth.password ?? '' };
  return {};
}

function who(auth: NatsProfileConfig['authentication']): string {
  if (auth?.jwt !== undefined) return 'with a user JWT and its NKey seed';
  if (auth?.username !== undefined) return `as '${auth.username}'`;
  return 'without credentials';
}

/**
 * Tests a NATS profile, or a table, against the live servers with
 * `@nats-io/transport-node`: `dns`, `connect` (the first server that accepts), `tls`
 * (for `tls://` servers: the INFO line, then the handshake), `authenticate` (user and
 * password, or a JWT signed with its NKey seed) and, for a table, `stream` (JetStream:
 * the stream exists) or `subject` (core NATS: a subscription the server accepts,
 * flushed, then dropped). Reconnects are off; the connection is closed when the test ends.
 *
 * @example
 * ```ts
 * await runConnectorTest('nats', natsTester, { profile: { servers: 'nats://127.0.0.1:4222' }, secrets: [] });
 * ```
 */
export const natsTester = withHints<NatsProfileConfig, NatsTableConfig>(async ({ profile, table }, context) => {
  const servers = profile.servers.split(',').map((s) => serverOf(s.trim()));
  if (servers.some((s) => s.scheme === 'ws' || s.scheme === 'wss')) {
    await context.step('config', async () => {
      throw new TestFailure(
        'config',
        'NATS over WebSocket cannot be tested here: the test speaks NATS over TCP',
        'list the servers\u2019 TCP ports (4222) to test this profile',
      );
    });
  }
  const tlsWanted = servers.some((s) => s.scheme === 'tls');
  const { endpoint, tls } = await reachSteps(context, {
    endpoints: servers,
    noun: 'server',
    ...(tlsWanted ? { tls: {}, tlsPreamble: afterInfo } : {}),
  });
  const { connect, jwtAuthenticator } = await import('@nats-io/transport-node');
  const auth = profile.authentication;
  const connection = await context.step('authenticate', async () => {
    const nc: NatsConnection = await connect({
      servers: `${endpoint.host.includes(':') ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`,
      name: 'ddl-profiles connection test',
      reconnect: false,
      maxReconnectAttempts: 0,
      // The servers a cluster advertises in INFO are not the profile's: never reach them.
      ignoreClusterUpdates: true,
      waitOnFirstConnect: false,
      timeout: Math.max(100, context.remainingMs()),
      ...(tls ? { tls: {} } : {}),
      ...authOptions(auth, jwtAuthenticator),
    });
    context.defer(() => nc.close());
    return { message: `connected to ${nc.info?.server_name ?? 'the server'} (NATS ${nc.info?.version ?? '?'}) ${who(auth)}`, value: nc };
  });
  if (table?.stream !== undefined) {
    const stream = table.stream;
    await context.step('stream', async () => {
      const { jetstreamManager } = await import('@nats-io/jetstream');
      let info: Awaited<ReturnType<Awaited<ReturnType<typeof jetstreamManager>>['streams']['info']>>;
      try {
        const jsm = await jetstreamManager(connection, { timeout: Math.max(100, context.remainingMs()) });
        info = await jsm.streams.info(stream);
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'StreamNotFoundError')
          throw new TestFailure(
            'not_found',
            `JetStream stream '${stream}' does not exist`,
            'create the stream, or fix the table\u2019s stream; the test never creates it',
          );
        if (name === 'JetStreamNotEnabled' || name === 'JetStreamNotEnabledForAccount') {
          throw new TestFailure(
            'not_found',
            `JetStream is not enabled for this account, so stream '${stream}' cannot exist`,
            'enable JetStream on the server and for the account',
          );
        }
        throw error;
      }
      return {
        message: `JetStream stream '${stream}' exists: subjects ${info.config.subjects?.join(', ') || '(none)'}, ${info.state.messages} message(s)`,
        value: undefined,
      };
    });
  } else if (table?.subject !== undefined) {
    const subject = table.subject;
    await context.step('subject', async () => {
      const subscription = connection.subscribe(subject, { callback: () => undefined });
      await connection.flush();
      // The server answers a refused subscription before the flush's PONG.
      if (subscription.isClosed()) {
        const error = await subscription.closed;
        throw new TestFailure(
          'auth',
          error instanceof Error ? error.message : `the server refused the subscription to '${subject}'`,
          'the user may not subscribe to this subject: check its permissions',
        );
      }
      subscription.unsubscribe();
      return { message: `the server accepted a subscription to '${subject}' (core NATS subjects need no creating)`, value: undefined };
    });
  }
}, NATS_TEST_HINTS);
