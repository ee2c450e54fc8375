import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, testProfile } from '../../src/index.js';
import { draft, liveConnectorCases, verdictOf } from '../support/live-suite.js';
import { RABBITMQ_USER, startRabbitMq, type RabbitMq } from '../support/rabbitmq-server.mjs';
import { startSilentServer, type SilentServer } from '../support/silent-server.mjs';
import { startAll } from '../support/start-all.mjs';
import { makeCertificates, type TestCertificates } from '../support/tls-certificates.mjs';

let certificates: TestCertificates;
let rabbit: RabbitMq;
let silent: SilentServer;

const alice = { username: RABBITMQ_USER.username, password: RABBITMQ_USER.password, virtual_host: RABBITMQ_USER.virtualHost };

beforeAll(async () => {
  certificates = await makeCertificates();
  [rabbit, silent] = await startAll([startRabbitMq({ certificates }), startSilentServer()]);
  await rabbit.createStream('orders');
}, 240_000);

afterAll(async () => {
  await Promise.all([rabbit?.stop(), silent?.close()]);
  certificates?.remove();
});

describe('RabbitMQ Streams, live', () => {
  liveConnectorCases(
    {
      connector: 'rabbitmq',
      at: (host, port) => ({ host, port, ...alice }),
      working: () => ({ host: rabbit.host, port: rabbit.port, ...alice }),
      workingSteps: ['dns', 'connect', 'authenticate', 'virtual_host'],
      wrongPassword: () => ({ host: rabbit.host, port: rabbit.port, ...alice, password: 'wrong-rabbit-canary' }),
      wrongPasswordText: 'wrong-rabbit-canary',
      untrustedTls: () => ({ host: rabbit.host, port: rabbit.tlsPort, ...alice, tls_config: { enabled: true } }),
    },
    () => silent,
  );

  it('passes over TLS with the CA\u2019s file, reporting the server\u2019s version', async () => {
    const result = await testProfile(
      draft('rabbitmq', {
        host: 'localhost',
        port: rabbit.tlsPort,
        ...alice,
        tls_config: { enabled: true, root_certificates_path: certificates.caFile },
      }),
    );
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'tls', 'authenticate', 'virtual_host']);
    expect(result.steps[3].message).toBe("authenticated as 'alice' with RabbitMQ 3.10.8");
  });

  it('gives auth at virtual_host for a virtual host the user cannot open', async () => {
    const result = await testProfile(draft('rabbitmq', { host: rabbit.host, port: rabbit.port, ...alice, virtual_host: 'elsewhere' }));
    expect(verdictOf(result)).toEqual(['auth', 'virtual_host']);
    expect(result.error?.hint).toContain("'elsewhere'");
  });

  it('gives protocol when the port speaks something else', async () => {
    const { createServer } = await import('node:net');
    const impostor = createServer((socket) => socket.on('error', () => undefined).end('AMQP\u0000\u0000\u0009\u0001'));
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    try {
      const result = await testProfile(
        draft('rabbitmq', { host: '127.0.0.1', port: (impostor.address() as { port: number }).port, ...alice }),
        { deadlineMs: 2_000 },
      );
      expect(verdictOf(result)).toEqual(['protocol', 'authenticate']);
    } finally {
      impostor.close();
    }
  });

  it('finds a table\u2019s stream, and reports a missing one without creating it', async () => {
    const catalog = await openCatalog();
    try {
      await catalog.profiles.create(draft('rabbitmq', { host: rabbit.host, port: rabbit.port, ...alice }) as never);
      await catalog.tables.register({ name: 'orders', profile: 'draft', options: { type: 'source', stream: 'orders', format: 'json' } });
      await catalog.tables.register({ name: 'ghost', profile: 'draft', options: { type: 'source', stream: 'ghost', format: 'json' } });
      const found = await catalog.tables.test('orders');
      expect(found.ok, JSON.stringify(found.error)).toBe(true);
      expect(found.steps.at(-1)).toMatchObject({ name: 'stream', ok: true });
      expect(found.steps.at(-1)?.message).toMatch(/^stream 'orders' exists, its leader on localhost:\d+$/);
      const missing = await catalog.tables.test('ghost');
      expect(verdictOf(missing)).toEqual(['not_found', 'stream']);
      const { stdout } = await rabbit.ctl('list_queues', '--vhost', RABBITMQ_USER.virtualHost, '--quiet', '--no-table-headers', 'name');
      expect(
        stdout
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      ).toEqual(['orders']);
    } finally {
      await catalog.close();
    }
  });
});
