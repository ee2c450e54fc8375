import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openCatalog,
  resolve,
  streamConnectorTest,
  testProfile,
  type ProfileDefinition,
  type TestEvent,
  type TestResult,
} from '../../src/index.js';
import { kafkaTester } from '../../src/connectors/kafka/index.js';
import { KAFKA_USERS, startKafka, type KafkaBroker } from '../support/kafka-broker.mjs';
import { startRedis, startRedisCluster, type RedisCluster, type RedisServer } from '../support/redis-server.mjs';
import { startSilentServer, type SilentServer } from '../support/silent-server.mjs';
import { startAll } from '../support/start-all.mjs';
import { runInChild } from '../support/run-in-child.mjs';
import { freePort } from '../support/free-port.mjs';

let kafka: KafkaBroker;
let open: RedisServer;
let guarded: RedisServer;
let cluster: RedisCluster;
let silent: SilentServer;
const REDIS_PASSWORD = 'r3dis-canary-4411';

beforeAll(async () => {
  [kafka, open, guarded, cluster, silent] = await startAll([
    startKafka(),
    startRedis(),
    startRedis({ password: REDIS_PASSWORD, aclUsers: [{ name: 'alice', password: 'alice-acl-pw' }] }),
    startRedisCluster(3),
    startSilentServer(),
  ]);
  await kafka.createTopic('orders', 3);
}, 240_000);

afterAll(async () => {
  await Promise.all([kafka?.stop(), open?.stop(), guarded?.stop(), cluster?.stop(), silent?.close()]);
});

const kafkaDraft = (config: Record<string, unknown>): ProfileDefinition => ({ name: 'draft', connector: 'kafka', config });
const redisDraft = (config: Record<string, unknown>): ProfileDefinition => ({ name: 'draft', connector: 'redis', config });
const sasl = (mechanism: string, username = 'alice', password = KAFKA_USERS.alice) => ({ sasl_mechanism: mechanism, username, password });
const failedAt = (result: TestResult) => [result.error?.code, result.error?.step];

describe('Kafka, live', () => {
  it.each(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'])('passes with SASL %s', async (mechanism) => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.sasl, authentication: sasl(mechanism) }));
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'authenticate', 'metadata']);
    expect(result.steps[2].message).toContain(`'alice' with ${mechanism}`);
    expect(result.steps[3].message).toMatch(/^1 broker\(s\), controller 1, \d+ topic\(s\)$/);
  });

  it('passes without authentication', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.plaintext }));
    expect(result.ok).toBe(true);
  });

  it('gives auth at authenticate for a wrong password, within 2 s, without echoing it', async () => {
    const result = await testProfile(
      kafkaDraft({ bootstrap_servers: kafka.sasl, authentication: sasl('SCRAM-SHA-256', 'alice', 'wrong-pw-canary') }),
    );
    expect(failedAt(result)).toEqual(['auth', 'authenticate']);
    expect(result.durationMs).toBeLessThan(2_000);
    expect(JSON.stringify(result)).not.toContain('wrong-pw-canary');
  });

  it('gives auth at authenticate for an unknown user', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.sasl, authentication: sasl('PLAIN', 'mallory', 'x') }));
    expect(failedAt(result)).toEqual(['auth', 'authenticate']);
  });

  it('gives auth at authenticate for a mechanism the listener lacks, in the broker\u2019s words', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.plainOnly, authentication: sasl('SCRAM-SHA-512') }));
    expect(failedAt(result)).toEqual(['auth', 'authenticate']);
    expect(result.error?.message).toMatch(/does not support the requested SASL mechanism/);
  });

  it('gives auth, not a bare "Closed connection", when a profile without authentication meets a SASL listener', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.sasl }), { deadlineMs: 5_000 });
    expect(result.error?.code).toBe('auth');
    expect(result.error?.message).toContain('expects authentication (SASL) or TLS, and this profile sets neither');
    expect(result.error?.hint).toContain('sasl_mechanism');
    expect(result.durationMs).toBeLessThan(5_000);
  });

  it('gives refused at connect within 250 ms', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: '127.0.0.1:1' }));
    expect(failedAt(result)).toEqual(['refused', 'connect']);
    expect(result.durationMs).toBeLessThan(250);
  });

  it('gives dns at dns for a name that does not resolve', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: 'nonexistent.invalid:9092' }));
    expect(failedAt(result)).toEqual(['dns', 'dns']);
    expect(result.error?.message).toContain('nonexistent.invalid');
  });

  it('gives timeout within the deadline plus 10% for a silent server', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: `127.0.0.1:${silent.port}` }), { deadlineMs: 1_500 });
    expect(failedAt(result)).toEqual(['timeout', 'authenticate']);
    expect(result.durationMs).toBeGreaterThanOrEqual(1_490);
    expect(result.durationMs).toBeLessThan(1_650);
  });

  it('gives tls at tls when TLS is spoken to a plaintext port', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.plaintext, tls: { reject_unauthorized: false } }));
    expect(failedAt(result)).toEqual(['tls', 'tls']);
  });

  it('passes over a real TLS listener, trusting the test CA', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.ssl, tls: { ca: kafka.ca } }));
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'tls', 'authenticate', 'metadata']);
    expect(result.steps[2].message).toBe(`TLS handshake with ${kafka.ssl} completed`);
  });

  it.each(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'])('passes over SASL_SSL with %s', async (mechanism) => {
    const result = await testProfile(
      kafkaDraft({ bootstrap_servers: kafka.saslSsl, authentication: { protocol: 'SASL_SSL', ...sasl(mechanism) }, tls: { ca: kafka.ca } }),
    );
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'tls', 'authenticate', 'metadata']);
  });

  it('gives auth at authenticate for a wrong password over SASL_SSL, without echoing it', async () => {
    const result = await testProfile(
      kafkaDraft({
        bootstrap_servers: kafka.saslSsl,
        authentication: { protocol: 'SASL_SSL', ...sasl('PLAIN', 'alice', 'wrong-ssl-canary') },
        tls: { ca: kafka.ca },
      }),
    );
    expect(failedAt(result)).toEqual(['auth', 'authenticate']);
    expect(JSON.stringify(result)).not.toContain('wrong-ssl-canary');
  });

  it('gives tls at tls for a certificate no trusted CA signed', async () => {
    const result = await testProfile(
      kafkaDraft({ bootstrap_servers: kafka.saslSsl, authentication: { protocol: 'SASL_SSL', ...sasl('PLAIN') } }),
    );
    expect(failedAt(result)).toEqual(['tls', 'tls']);
    expect(result.error?.message).toMatch(/self.signed|unable to (get|verify)/i);
  });

  it('keeps the tls step and the deadline\u2019s hint when the handshake times out', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: `127.0.0.1:${silent.port}`, tls: { reject_unauthorized: false } }), {
      deadlineMs: 800,
    });
    expect(failedAt(result)).toEqual(['timeout', 'tls']);
    expect(result.error?.hint).toMatch(/did not answer within the deadline/);
    expect(result.steps.at(-1)).toMatchObject({ name: 'tls', ok: false });
    expect(result.durationMs).toBeLessThan(880);
  });

  it('turns TLS on for tls: {} (it was dropped): the handshake runs, and the system CAs do not trust the test CA', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.ssl, tls: {} }));
    expect(failedAt(result)).toEqual(['tls', 'tls']);
    const resolved = await resolve("CREATE TABLE t (id BIGINT) WITH (connection_profile = 'p', topic = 't', format = 'json');", {
      profiles: [{ name: 'p', connector: 'kafka', config: { bootstrap_servers: kafka.ssl, tls: {} } }],
    });
    expect(resolved.tables[0].config).toMatchObject({ tls: { enabled: true } });
  });

  it('gives config, never an unauthenticated ok, for an MSK IAM profile that names only its region', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: kafka.plaintext, authentication: { region: 'us-east-1' } }));
    expect(failedAt(result)).toEqual(['config', 'config']);
    expect(result.steps.map((s) => s.name)).toEqual(['config']);
    expect(result.error?.message).toContain('AWS MSK IAM');
  });

  it('finds a table\u2019s topic with its partitions, and reports a missing one without creating it', { timeout: 90_000 }, async () => {
    const catalog = await openCatalog();
    try {
      await catalog.profiles.create(kafkaDraft({ bootstrap_servers: kafka.plaintext }) as never);
      await catalog.tables.register({ name: 'orders', profile: 'draft', options: { topic: 'orders', format: 'json' } });
      await catalog.tables.register({ name: 'ghost', profile: 'draft', options: { topic: 'ghost-topic', format: 'json' } });
      const found = await catalog.tables.test('orders');
      expect(found.ok).toBe(true);
      expect(found.steps.at(-1)).toMatchObject({ name: 'topic', ok: true, message: "topic 'orders' has 3 partition(s)" });
      const missing = await catalog.tables.test('ghost');
      expect(failedAt(missing)).toEqual(['not_found', 'topic']);
      expect(missing.error?.message).toContain("'ghost-topic'");
      expect(await kafka.listTopics()).not.toContain('ghost-topic');
    } finally {
      await catalog.close();
    }
  });

  it('checks the schema registry with its credentials, and follows no redirect', async () => {
    // No Schema Registry is available offline: a loopback HTTP server answers GET /subjects
    // the way one does (basic auth, JSON list), so the step's HTTP handling is exercised.
    const { createServer } = await import('node:http');
    const seen: string[] = [];
    const registry = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      if (request.url === '/moved/subjects') return void response.writeHead(302, { location: 'http://127.0.0.1:1/subjects' }).end();
      const ok = request.headers.authorization === `Basic ${Buffer.from('key:registry-secret').toString('base64')}`;
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? '["orders-value"]' : '{"error_code":401}');
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(registry.address() as { port: number }).port}`;
    try {
      const profile = (api_secret: string, path = '') =>
        kafkaDraft({ bootstrap_servers: kafka.plaintext, schema_registry: { endpoint: endpoint + path, api_key: 'key', api_secret } });
      const ok = await testProfile(profile('registry-secret'));
      expect(ok.ok).toBe(true);
      expect(ok.steps.at(-1)).toMatchObject({ name: 'schema_registry', ok: true, message: 'the schema registry answered 200' });
      const denied = await testProfile(profile('wrong-registry-secret'));
      expect(failedAt(denied)).toEqual(['auth', 'schema_registry']);
      expect(JSON.stringify(denied)).not.toContain('wrong-registry-secret');
      const moved = await testProfile(profile('registry-secret', '/moved'));
      expect(failedAt(moved)).toEqual(['protocol', 'schema_registry']);
      expect(seen).toEqual(['GET /subjects', 'GET /subjects', 'GET /moved/subjects']);
    } finally {
      registry.close();
    }
  });

  it('streams each step in order, then the verdict', async () => {
    const events: TestEvent[] = [];
    const profile = {
      bootstrap_servers: kafka.sasl,
      authentication: { sasl_mechanism: 'PLAIN' as const, username: 'alice', password: KAFKA_USERS.alice },
    };
    for await (const event of streamConnectorTest('kafka', kafkaTester, { profile, secrets: [KAFKA_USERS.alice] })) events.push(event);
    expect(events.map((e) => (e.type === 'step' ? e.step.name : 'result'))).toEqual([
      'dns',
      'connect',
      'authenticate',
      'metadata',
      'result',
    ]);
    expect(JSON.stringify(events)).not.toContain(KAFKA_USERS.alice);
  });

  it('stops promptly when aborted in the middle', async () => {
    const controller = new AbortController();
    const steps: string[] = [];
    setTimeout(() => controller.abort(), 300);
    const started = performance.now();
    const result = await testProfile(kafkaDraft({ bootstrap_servers: `127.0.0.1:${silent.port}` }), {
      signal: controller.signal,
      onStep: (s) => steps.push(s.name),
    });
    expect(performance.now() - started).toBeLessThan(600);
    expect(failedAt(result)).toEqual(['timeout', 'authenticate']);
    expect(result.error?.message).toBe('the test was aborted by its caller');
    expect(steps).toEqual(['dns', 'connect', 'authenticate']);
  });
});

describe('Confluent Cloud, live against the SASL_SSL listener', () => {
  // The tester trusts the system's CAs only, as Arroyo's client does; the drafts that must
  // get past TLS run in a child process that also trusts the test CA (NODE_EXTRA_CA_CERTS).
  const confluentDraft = (config: Record<string, unknown>): ProfileDefinition => ({ name: 'cc', connector: 'confluent', config });
  const cc = (secret = KAFKA_USERS.alice, extra: Record<string, unknown> = {}) => ({
    bootstrap_servers: kafka.saslSsl,
    key: 'alice',
    secret,
    ...extra,
  });

  it('passes with the API key and secret (SASL_SSL, PLAIN), and gives auth for a wrong secret without echoing it', {
    timeout: 60_000,
  }, async () => {
    const [ok, wrong] = await runInChild(kafka.caFile, { drafts: [confluentDraft(cc()), confluentDraft(cc('wrong-cc-canary'))] });
    expect(ok.ok, JSON.stringify(ok.error)).toBe(true);
    expect(ok.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'tls', 'authenticate', 'metadata']);
    expect(ok.steps[3].message).toBe('authenticated as the API key with PLAIN');
    expect(failedAt(wrong)).toEqual(['auth', 'authenticate']);
    expect(wrong.error?.hint).toContain('cluster API key and secret');
    expect(JSON.stringify([ok, wrong])).not.toMatch(/wrong-cc-canary|alice-secret/);
  });

  it('checks a table\u2019s topic, and reports a missing one without creating it', { timeout: 90_000 }, async () => {
    const [found, missing] = await runInChild(kafka.caFile, {
      tables: {
        profiles: [confluentDraft(cc())],
        tables: [
          { name: 'orders', profile: 'cc', options: { topic: 'orders', format: 'json' } },
          { name: 'ghost', profile: 'cc', options: { topic: 'cc-ghost-topic', format: 'json' } },
        ],
      },
    });
    expect(found.ok, JSON.stringify(found.error)).toBe(true);
    expect(found.steps.at(-1)).toMatchObject({ name: 'topic', ok: true, message: "topic 'orders' has 3 partition(s)" });
    expect(failedAt(missing)).toEqual(['not_found', 'topic']);
    expect(await kafka.listTopics()).not.toContain('cc-ghost-topic');
  });

  it('gives tls at tls for a certificate the system CAs do not trust', async () => {
    const result = await testProfile(confluentDraft(cc()));
    expect(failedAt(result)).toEqual(['tls', 'tls']);
    expect(result.error?.hint).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('gives refused within 250 ms, and timeout within the deadline plus 10% for a silent server', async () => {
    const refused = await testProfile(confluentDraft({ ...cc(), bootstrap_servers: '127.0.0.1:1' }));
    expect(failedAt(refused)).toEqual(['refused', 'connect']);
    expect(refused.durationMs).toBeLessThan(250);
    const hung = await testProfile(confluentDraft({ ...cc(), bootstrap_servers: `127.0.0.1:${silent.port}` }), { deadlineMs: 1_000 });
    expect(failedAt(hung)).toEqual(['timeout', 'tls']);
    expect(hung.durationMs).toBeGreaterThanOrEqual(990);
    expect(hung.durationMs).toBeLessThan(1_100);
  });

  it('stops promptly when aborted in the middle', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const result = await testProfile(confluentDraft({ ...cc(), bootstrap_servers: `127.0.0.1:${silent.port}` }), {
      signal: controller.signal,
    });
    expect(failedAt(result)).toEqual(['timeout', 'tls']);
    expect(result.error?.message).toBe('the test was aborted by its caller');
    expect(result.durationMs).toBeLessThan(600);
  });

  it('reaches the schema registry step with its own credentials: refused, silent and unresolvable registries', {
    timeout: 90_000,
  }, async () => {
    // (fetch refuses port 1 itself, so the refused registry is a free port nothing listens on.)
    // No Schema Registry runs here (Confluent's is not on Maven Central): the step's
    // verdicts are proven against real sockets; a registry's 200, 401 and 404 are not.
    const registry = (endpoint: string) =>
      cc(KAFKA_USERS.alice, { schema_registry: { endpoint, api_key: 'sr-key', api_secret: 'sr-secret-canary' } });
    const [refused, hung, unknown] = await runInChild(kafka.caFile, {
      drafts: [
        confluentDraft(registry(`http://127.0.0.1:${await freePort()}`)),
        confluentDraft(registry(`http://127.0.0.1:${silent.port}`)),
        confluentDraft(registry('https://registry.nonexistent.invalid')),
      ],
      deadlineMs: 4_000,
    });
    expect(failedAt(refused)).toEqual(['refused', 'schema_registry']);
    expect(failedAt(hung)).toEqual(['timeout', 'schema_registry']);
    expect(hung.durationMs).toBeLessThan(4_400);
    expect(failedAt(unknown)).toEqual(['dns', 'schema_registry']);
    expect(JSON.stringify([refused, hung, unknown])).not.toContain('sr-secret-canary');
  });
});

describe('Redis, live', () => {
  it('passes with the right password, reporting the server version', async () => {
    const result = await testProfile(redisDraft({ address: guarded.url, password: REDIS_PASSWORD }));
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'authenticate', 'ping', 'info']);
    expect(result.steps[4].message).toMatch(/^Redis \d+\.\d+/);
  });

  it('gives auth at authenticate for a wrong password, in the server\u2019s words', async () => {
    const result = await testProfile(redisDraft({ address: guarded.url, password: 'nope' }));
    expect(failedAt(result)).toEqual(['auth', 'authenticate']);
    expect(result.error?.message).toContain('WRONGPASS');
  });

  it('gives auth at authenticate when a needed password is missing', async () => {
    const result = await testProfile(redisDraft({ address: guarded.url }));
    expect(failedAt(result)).toEqual(['auth', 'authenticate']);
    expect(result.error?.message).toContain('NOAUTH');
  });

  it('passes as an ACL user', async () => {
    const result = await testProfile(redisDraft({ address: guarded.url, username: 'alice', password: 'alice-acl-pw' }));
    expect(result.ok).toBe(true);
    expect(result.steps[2].message).toBe("authenticated as 'alice'");
  });

  it('passes a healthy cluster', async () => {
    const result = await testProfile(redisDraft({ cluster: { addresses: cluster.nodes.map((n) => n.url) } }));
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps.at(-1)).toMatchObject({ name: 'cluster', ok: true, message: 'cluster_state:ok, 3 known node(s)' });
  });

  it('gives timeout for a silent server, and refused for a closed port', async () => {
    const hung = await testProfile(redisDraft({ address: `redis://127.0.0.1:${silent.port}` }), { deadlineMs: 1_000 });
    expect(failedAt(hung)).toEqual(['timeout', 'authenticate']);
    expect(hung.durationMs).toBeLessThan(1_100);
    const refused = await testProfile(redisDraft({ address: 'redis://127.0.0.1:1' }));
    expect(failedAt(refused)).toEqual(['refused', 'connect']);
    expect(refused.durationMs).toBeLessThan(250);
  });

  it('keeps the tls step and the deadline\u2019s hint when a rediss:// handshake times out', async () => {
    const result = await testProfile(redisDraft({ address: `rediss://127.0.0.1:${silent.port}` }), { deadlineMs: 800 });
    expect(failedAt(result)).toEqual(['timeout', 'tls']);
    expect(result.error?.hint).toMatch(/did not answer within the deadline/);
    expect(result.durationMs).toBeLessThan(880);
  });

  it('reports a cluster with one node stopped', async () => {
    const spare = await startRedisCluster(3);
    try {
      await spare.nodes[1].stop();
      const result = await testProfile(redisDraft({ cluster: { addresses: spare.nodes.map((n) => n.url) } }));
      expect(failedAt(result)).toEqual(['refused', 'connect']);
      expect(result.error?.message).toContain(String(spare.nodes[1].port));
    } finally {
      await spare.stop();
    }
  });

  it('never puts a password in a message', async () => {
    const results = await Promise.all([
      testProfile(redisDraft({ address: guarded.url, password: REDIS_PASSWORD })),
      testProfile(redisDraft({ address: open.url, password: REDIS_PASSWORD })),
    ]);
    expect(JSON.stringify(results)).not.toContain(REDIS_PASSWORD);
  });
});

describe('live tests cannot scan a network (issue 11 item 13)', () => {
  /** A real listener that counts the connections it accepts. */
  async function counting() {
    const { createServer } = await import('node:net');
    let accepted = 0;
    const server = createServer((socket) => (accepted++, socket.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as { port: number }).port,
      accepted: () => accepted,
      close: () => new Promise((r) => server.close(r)),
    };
  }

  it('refuses a profile of 2,000 brokers with config, before any connection', async () => {
    const target = await counting();
    try {
      const brokers = Array.from({ length: 2000 }, (_, i) => `127.0.0.1:${i === 1999 ? target.port : 1 + i}`).join(',');
      const result = await testProfile(kafkaDraft({ bootstrap_servers: brokers }));
      expect(failedAt(result)).toEqual(['config', 'config']);
      expect(result.error?.message).toBe('the profile names 2000 hosts; a live test reaches at most 16');
      expect(result.steps.map((s) => s.name)).toEqual(['config']);
      expect(target.accepted()).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('stops at the first broker that refuses instead of walking on to one that answers', async () => {
    const result = await testProfile(kafkaDraft({ bootstrap_servers: `127.0.0.1:1,${kafka.plaintext}` }));
    expect(failedAt(result)).toEqual(['refused', 'connect']);
    expect(result.error?.message).toContain('127.0.0.1:1');
  });

  it('refuses every target outside the allowed hosts with config, nothing sent; allows what they cover', async () => {
    const target = await counting();
    try {
      for (const allow of [['10.0.0.0/8'], ['*.example.com'], ['127.0.0.2']]) {
        const result = await testProfile(redisDraft({ address: `redis://127.0.0.1:${target.port}` }), { targets: { allow } });
        expect(failedAt(result)).toEqual(['config', 'config']);
        expect(result.error?.message).toBe('127.0.0.1 is not among the hosts live tests may reach (--allow-test-hosts)');
      }
      const kafkaResult = await testProfile(kafkaDraft({ bootstrap_servers: `localhost:${target.port}` }), {
        targets: { allow: ['10.0.0.0/8'] },
      });
      expect(failedAt(kafkaResult)).toEqual(['config', 'config']);
      expect(target.accepted()).toBe(0);
      expect((await testProfile(redisDraft({ address: open.url }), { targets: { allow: ['127.0.0.0/8'] } })).ok).toBe(true);
      expect(
        (
          await testProfile(kafkaDraft({ bootstrap_servers: kafka.plaintext.replace('127.0.0.1', 'localhost') }), {
            targets: { allow: ['localhost'] },
          })
        ).ok,
      ).toBe(true);
    } finally {
      await target.close();
    }
  });

  it('never echoes what another protocol\u2019s server sends to the Redis tester', async () => {
    const { createServer } = await import('node:http');
    const web = createServer((_, response) => response.writeHead(400, { server: 'banner-canary-httpd' }).end('canary-body'));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    try {
      const port = (web.address() as { port: number }).port;
      const result = await testProfile(redisDraft({ address: `redis://127.0.0.1:${port}`, password: 'x' }), { deadlineMs: 3_000 });
      expect(failedAt(result)).toEqual(['protocol', 'authenticate']);
      expect(result.error?.message).toBe(`the server at 127.0.0.1:${port} did not answer in the Redis protocol (RESP)`);
      expect(JSON.stringify(result)).not.toMatch(/canary|HTTP|"H"/);
    } finally {
      web.close();
    }
  });

  it('says a cluster profile met a standalone server, not unknown (issue 10)', async () => {
    const result = await testProfile(redisDraft({ cluster: { addresses: [open.url] } }));
    expect(failedAt(result)).toEqual(['protocol', 'authenticate']);
    expect(result.error?.message).toContain('is a standalone Redis (cluster support disabled), and this profile names a cluster');
  });
});

describe('live tests together', () => {
  it('gives ten concurrent tests their own correct verdicts', async () => {
    const drafts: Array<[ProfileDefinition, string]> = [
      [kafkaDraft({ bootstrap_servers: kafka.plaintext }), 'ok'],
      [kafkaDraft({ bootstrap_servers: kafka.sasl, authentication: sasl('SCRAM-SHA-512') }), 'ok'],
      [kafkaDraft({ bootstrap_servers: kafka.sasl, authentication: sasl('PLAIN', 'alice', 'bad') }), 'auth'],
      [kafkaDraft({ bootstrap_servers: '127.0.0.1:1' }), 'refused'],
      [kafkaDraft({ bootstrap_servers: 'nonexistent.invalid:1' }), 'dns'],
      [redisDraft({ address: open.url }), 'ok'],
      [redisDraft({ address: guarded.url, password: REDIS_PASSWORD }), 'ok'],
      [redisDraft({ address: guarded.url, password: 'bad' }), 'auth'],
      [redisDraft({ address: `redis://127.0.0.1:${silent.port}` }), 'timeout'],
      [redisDraft({ cluster: { addresses: cluster.nodes.map((n) => n.url) } }), 'ok'],
    ];
    const results = await Promise.all(drafts.map(([draft]) => testProfile(draft, { deadlineMs: 3_000 })));
    expect(results.map((r) => (r.ok ? 'ok' : r.error!.code))).toEqual(drafts.map(([, verdict]) => verdict));
  });

  it('saves a profile with test: true only when its test passes', { timeout: 90_000 }, async () => {
    const catalog = await openCatalog();
    try {
      const saved = await catalog.profiles.create(
        { name: 'cache', connector: 'redis', config: { address: guarded.url, password: REDIS_PASSWORD } },
        { test: true },
      );
      expect(saved.config.password).toBe('********');
      const refused = await catalog.profiles
        .create({ name: 'broken', connector: 'redis', config: { address: guarded.url, password: 'bad' } }, { test: true })
        .catch((e) => e);
      expect(refused).toMatchObject({
        code: 'TEST_FAILED',
        details: { result: { ok: false, error: { code: 'auth', step: 'authenticate' } } },
      });
      expect((await catalog.profiles.list()).items.map((p) => p.name)).toEqual(['cache']);
      expect((await catalog.profiles.test('cache')).ok).toBe(true);
    } finally {
      await catalog.close();
    }
  });

  it('leaves no socket, timer or reconnect loop behind: the process exits by itself', async () => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'leak-check.mjs')], {
      env: { ...process.env, REDIS_URL: open.url, KAFKA_PLAINTEXT: kafka.plaintext, KAFKA_SASL: kafka.sasl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const started = performance.now();
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 20_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code, 'the child had to be killed: something kept it alive').toBe(0);
    expect(JSON.parse(stdout)).toEqual(['ok', 'refused', 'timeout', 'ok', 'auth', 'timeout']);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
