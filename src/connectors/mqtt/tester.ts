import { randomBytes } from 'node:crypto';
import type { IClientOptions, MqttClient } from 'mqtt';
import { reachSteps, readTlsMaterial, TestFailure, withHints } from '../../testing/index.js';
import type { MqttProfileConfig } from './profile-schema.js';
import type { MqttTableConfig } from './table-schema.js';
import { MQTT_TEST_HINTS } from './tester-hints.js';

const TLS_SCHEMES = new Set(['ssl', 'mqtts']);
const QOS = { AtMostOnce: 0, AtLeastOnce: 1, ExactlyOnce: 2 } as const;

/** CONNACK and SUBACK reason codes (MQTT 5) a test can meet, by number. */
const REASONS: Record<number, { code: 'auth' | 'protocol' | 'config'; hint: string }> = {
  128: { code: 'protocol', hint: 'the broker refused without saying why: see its log' },
  132: { code: 'protocol', hint: 'the broker does not speak MQTT 5, which the test (like Arroyo) uses' },
  133: { code: 'config', hint: 'the broker refused the client id: set client_prefix to one it accepts' },
  134: { code: 'auth', hint: 'check username and password: the broker refused them' },
  135: { code: 'auth', hint: 'check username and password, and the broker\u2019s ACL for this user' },
  143: { code: 'config', hint: 'fix the table\u2019s topic: the broker says it is not a valid topic filter' },
  149: { code: 'config', hint: 'max_packet_size is too large for the broker' },
};

function endpointOf(url: URL): { host: string; port: number } {
  const port = url.port || (TLS_SCHEMES.has(url.protocol.replace(':', '')) ? 8883 : 1883);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(port) };
}

/** A CONNACK or SUBACK reason code as a classified failure. */
function reasonFailure(reason: number, message: string): TestFailure {
  const known = REASONS[reason] ?? { code: 'protocol' as const, hint: 'see the broker\u2019s reason in the message' };
  return new TestFailure(known.code, message, known.hint);
}

/** Connects once, without reconnecting, and rejects with the broker's CONNACK reason. */
function connectOnce(client: MqttClient): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', (error: Error & { code?: number | string }) => {
      if (typeof error.code === 'number') return reject(reasonFailure(error.code, error.message));
      // A socket error has a string code (ECONNRESET); without one, mqtt-packet could not parse the peer.
      if (error.code === undefined)
        return reject(
          new TestFailure(
            'protocol',
            `the peer does not speak MQTT: ${error.message}`,
            'check that the url\u2019s port is the broker\u2019s MQTT port',
          ),
        );
      reject(error);
    });
    client.once('close', () => reject(new Error('the broker closed the connection before CONNACK')));
  });
}

/**
 * Tests an MQTT profile, or a table, against the live broker with mqtt.js (MQTT 5, as
 * Arroyo's client): `dns`, `connect`, `tls` (for `ssl://`, `mqtts://`), `authenticate`
 * (CONNECT, and CONNACK's reason code classified) and, for a table, `topic` (SUBSCRIBE
 * at its `qos`, SUBACK checked, UNSUBSCRIBE). Reconnects are off, the client id is
 * `client_prefix` plus a random suffix (a fixed id would take over a running client's
 * session), and the client is ended when the test ends.
 *
 * @example
 * ```ts
 * await runConnectorTest('mqtt', mqttTester, { profile: { url: 'tcp://127.0.0.1:1883', username: 'app', password: 'pw' }, secrets: ['pw'] });
 * ```
 */
export const mqttTester = withHints<MqttProfileConfig, MqttTableConfig>(async ({ profile, table }, context) => {
  const url = new URL(profile.url);
  const scheme = url.protocol.replace(':', '');
  const endpoint = endpointOf(url);
  const tlsFiles = profile.tls ?? {};
  const { tls } = await reachSteps<{ ca?: string; cert?: string; key?: string }>(context, {
    endpoints: [endpoint],
    noun: 'broker',
    ...(TLS_SCHEMES.has(scheme)
      ? {
          tls: async () => ({
            ...(tlsFiles.ca ? { ca: await readTlsMaterial(tlsFiles.ca, 'tls.ca') } : {}),
            ...(tlsFiles.cert ? { cert: await readTlsMaterial(tlsFiles.cert, 'tls.cert') } : {}),
            ...(tlsFiles.key ? { key: await readTlsMaterial(tlsFiles.key, 'tls.key') } : {}),
          }),
        }
      : {}),
  });
  const { connect } = await import('mqtt');
  const options: IClientOptions = {
    protocolVersion: 5,
    clientId: `${profile.client_prefix ?? 'arroyo-mqtt'}_test_${randomBytes(6).toString('hex')}`,
    clean: true,
    reconnectPeriod: 0,
    // Our deadline decides a silent broker's verdict (timeout, at the step it stalled):
    // mqtt.js's own CONNACK timer, set just past it, must never fire first.
    connectTimeout: context.remainingMs() + 1_000,
    ...(profile.username !== undefined ? { username: profile.username } : {}),
    ...(profile.password !== undefined ? { password: profile.password } : {}),
    ...(profile.max_packet_size !== undefined ? { properties: { maximumPacketSize: profile.max_packet_size } } : {}),
    ...(tls ?? {}),
  };
  const client = connect(profile.url, options);
  client.on('error', () => undefined);
  context.defer(() => client.endAsync(true));
  await context.step('authenticate', async () => {
    await connectOnce(client);
    return {
      message:
        profile.username !== undefined
          ? `CONNACK accepted user '${profile.username}'`
          : 'CONNACK accepted the connection without credentials',
      value: undefined,
    };
  });
  if (table) {
    await context.step('topic', async () => {
      const qos = QOS[table.qos ?? 'AtMostOnce'];
      const granted = await client.subscribeAsync(table.topic, { qos }).catch((error: Error) => {
        // mqtt.js checks a topic filter before sending it.
        throw /^Invalid topic/.test(error.message)
          ? new TestFailure(
              'config',
              `'${table.topic}' is not a valid MQTT topic filter`,
              'fix the table\u2019s topic: # only as the last level, + as a whole level',
            )
          : error;
      });
      const reason = granted[0]?.qos ?? 0x80;
      if (reason >= 0x80)
        throw reasonFailure(reason, `the broker refused the subscription to '${table.topic}' (reason 0x${reason.toString(16)})`);
      await client.unsubscribeAsync(table.topic);
      return {
        message: `subscribed to '${table.topic}' (granted QoS ${reason}${reason < qos ? `, below the ${qos} asked for` : ''}) and unsubscribed`,
        value: undefined,
      };
    });
  }
}, MQTT_TEST_HINTS);
