import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, testProfile } from '../../src/index.js';
import { draft, liveConnectorCases, verdictOf } from '../support/live-suite.js';
import { MQTT_USERS, startMosquitto, type Mosquitto } from '../support/mosquitto-server.mjs';
import { startSilentServer, type SilentServer } from '../support/silent-server.mjs';
import { startAll } from '../support/start-all.mjs';
import { makeCertificates, type TestCertificates } from '../support/tls-certificates.mjs';

let certificates: TestCertificates;
let mosquitto: Mosquitto;
let silent: SilentServer;

const alice = { username: 'alice', password: MQTT_USERS.alice };

beforeAll(async () => {
  certificates = await makeCertificates();
  [mosquitto, silent] = await startAll([startMosquitto({ certificates }), startSilentServer()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([mosquitto?.stop(), silent?.close()]);
  certificates?.remove();
});

describe('MQTT, live', () => {
  liveConnectorCases(
    {
      connector: 'mqtt',
      at: (host, port) => ({ url: `tcp://${host}:${port}` }),
      working: () => ({ url: mosquitto.tcp, ...alice }),
      workingSteps: ['dns', 'connect', 'authenticate'],
      wrongPassword: () => ({ url: mosquitto.tcp, username: 'alice', password: 'wrong-mqtt-canary' }),
      wrongPasswordText: 'wrong-mqtt-canary',
      untrustedTls: () => ({ url: mosquitto.tls, ...alice }),
    },
    () => silent,
  );

  it('passes over TLS with the CA given as a file, or as PEM text, and never shows the PEM', async () => {
    for (const ca of [certificates.caFile, certificates.ca]) {
      const result = await testProfile(draft('mqtt', { url: mosquitto.tls, ...alice, tls: { ca } }));
      expect(result.ok, JSON.stringify(result.error)).toBe(true);
      expect(result.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'tls', 'authenticate']);
      expect(JSON.stringify(result)).not.toContain('BEGIN CERTIFICATE');
    }
  });

  it('gives config at tls for a CA file this machine cannot read', async () => {
    const result = await testProfile(draft('mqtt', { url: mosquitto.tls, ...alice, tls: { ca: '/nonexistent/ca.pem' } }));
    expect(verdictOf(result)).toEqual(['config', 'tls']);
    expect(result.error?.message).toBe('tls.ca names a file this machine cannot read (ENOENT)');
  });

  it('gives tls at tls when ssl:// meets a plain MQTT port', async () => {
    const result = await testProfile(draft('mqtt', { url: mosquitto.tcp.replace('tcp:', 'ssl:'), ...alice }));
    expect(verdictOf(result)).toEqual(['tls', 'tls']);
  });

  it('gives auth at authenticate without credentials, from CONNACK\u2019s reason code', async () => {
    const result = await testProfile(draft('mqtt', { url: mosquitto.tcp }));
    expect(verdictOf(result)).toEqual(['auth', 'authenticate']);
    expect(result.error?.message).toBe('Connection refused: Not authorized');
  });

  it('gives protocol when the port is not an MQTT broker', async () => {
    const { createServer } = await import('node:net');
    const impostor = createServer((socket) => socket.on('error', () => undefined).end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    try {
      const result = await testProfile(draft('mqtt', { url: `tcp://127.0.0.1:${(impostor.address() as { port: number }).port}` }), {
        deadlineMs: 2_000,
      });
      expect(verdictOf(result)).toEqual(['protocol', 'authenticate']);
    } finally {
      impostor.close();
    }
  });

  it('subscribes to a table\u2019s topic at its QoS and unsubscribes', async () => {
    const catalog = await openCatalog();
    try {
      await catalog.profiles.create(draft('mqtt', { url: mosquitto.tcp, ...alice }) as never);
      await catalog.tables.register({
        name: 'orders',
        profile: 'draft',
        options: { type: 'source', topic: 'orders/created', qos: 'ExactlyOnce', format: 'json' },
      });
      await catalog.tables.register({
        name: 'bad_filter',
        profile: 'draft',
        options: { type: 'source', topic: 'orders/#/x', format: 'json' },
      });
      const found = await catalog.tables.test('orders');
      expect(found.ok, JSON.stringify(found.error)).toBe(true);
      expect(found.steps.at(-1)).toMatchObject({
        name: 'topic',
        ok: true,
        message: "subscribed to 'orders/created' (granted QoS 2) and unsubscribed",
      });
      const invalid = await catalog.tables.test('bad_filter');
      expect(verdictOf(invalid)).toEqual(['config', 'topic']);
      expect(invalid.error?.message).toBe("'orders/#/x' is not a valid MQTT topic filter");
    } finally {
      await catalog.close();
    }
  });
});
