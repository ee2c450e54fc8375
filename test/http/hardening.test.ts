import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';
import { startRedis, type RedisServer } from '../support/redis-server.mjs';
import { startSilentServer, type SilentServer } from '../support/silent-server.mjs';

const TOKEN = 'hard-token-0001';
let catalog: Catalog;
let api: TestApi;
let redis: RedisServer;
let silent: SilentServer;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(api.base + path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: text.startsWith('{') ? JSON.parse(text) : undefined, headers: response.headers };
}

/** The events of a server-sent event stream, once it ends. */
function eventsOf(text: string): Array<{ event: string; data: { name?: string; ok?: boolean; error?: { code: string } } }> {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => ({ event: /^event: (.+)$/m.exec(block)![1], data: JSON.parse(/^data: (.+)$/m.exec(block)![1]) }));
}

beforeAll(async () => {
  [catalog, redis, silent] = await Promise.all([openCatalog(), startRedis(), startSilentServer()]);
  api = await serveApi({ catalog, tokens: { [TOKEN]: 'acme' }, maxConcurrentTests: 1, testDeadlineMs: 5_000, maxTestDeadlineMs: 3_000 });
  await catalog
    .forTenant('acme')
    .profiles.create({ name: 'cache', connector: 'redis', config: { address: `redis://127.0.0.1:${redis.port}` } });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await catalog?.close();
  await redis?.stop();
  await silent?.close();
});

describe('input that used to get a 500 gets a 4xx', () => {
  it('answers NULs in paths and queries, and huge offsets, with 400', async () => {
    expect((await call('GET', '/v1/connection_profiles/%00')).status).toBe(400);
    expect((await call('DELETE', '/v1/connection_tables/a%00b')).status).toBe(400);
    expect((await call('GET', '/v1/connection_tables?profile=%00')).status).toBe(400);
    const offset = await call('GET', '/v1/connection_profiles?offset=99999999999999999999');
    expect(offset).toMatchObject({ status: 400, json: { error: { code: 'INVALID_REQUEST', details: { issues: [{ path: 'offset' }] } } } });
    expect((await call('GET', '/v1/connection_tables?limit=0')).status).toBe(400);
    expect((await call('GET', '/v1/connection_tables?limit=-1')).status).toBe(400);
    expect((await call('GET', '/v1/connection_profiles?limit=500&offset=2147483647')).status).toBe(200);
  });

  it('answers a NUL in a description, a config key or a table name with 400', async () => {
    const nulDescription = await call('POST', '/v1/connection_profiles', {
      name: 'n1',
      connector: 'redis',
      config: { address: 'redis://c:6379' },
      description: 'a\u0000b',
    });
    expect(nulDescription).toMatchObject({ status: 400, json: { error: { code: 'INVALID_REQUEST' } } });
    expect(
      (
        await call('POST', '/v1/connection_profiles', {
          name: 'n2',
          connector: 'redis',
          config: { address: 'redis://c:6379', 'x\u0000': 'y' },
        })
      ).status,
    ).toBe(400);
    expect(
      (await call('POST', '/v1/connection_tables', { name: 't\u0000', connection_profile_id: 'cache', config: { type: 'lookup' } })).status,
    ).toBe(400);
    expect((await call('POST', '/v1/resolve', { sql: 'CREATE TABLE t\u0000 (id INT)' })).status).toBe(400);
  });

  it('answers a schema nested 5,000 deep with 400', async () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const answer = await call(
      'POST',
      '/v1/connection_tables',
      `{"name": "deep", "connection_profile_id": "cache", "config": {"type": "lookup"}, "schema": ${deep}}`,
    );
    expect(answer).toMatchObject({ status: 400, json: { error: { code: 'INVALID_REQUEST' } } });
    expect(answer.json.error.message).toContain('nests deeper than 64 levels');
  });

  it('refuses a body that is not JSON by its media type with 415', async () => {
    const form = await call('POST', '/v1/resolve', 'sql=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form).toMatchObject({ status: 415, json: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
  });

  it('logged none of the above as a 500', () => {
    expect(api.logs.filter((l) => l.status >= 500)).toEqual([]);
  });
});

describe('a 500', () => {
  it('logs the real cause\u2019s class and throw site, even where a route remaps statuses', async () => {
    const breakUpdates = (target: Catalog): Catalog =>
      new Proxy(target, {
        get: (scoped, key) => {
          if (key === 'profiles') return { update: () => JSON.parse('{"secret": CANARY-in-a-bug}') };
          if (key === 'forTenant' || key === 'withEnv') return (arg: never) => breakUpdates(scoped[key](arg));
          return Reflect.get(scoped, key);
        },
      });
    const failing = await serveApi({ catalog: breakUpdates(catalog), tokens: { [TOKEN]: 'acme' } });
    try {
      const response = await fetch(`${failing.base}/v1/connection_profiles/cache`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', 'if-match': '"1"' },
        body: JSON.stringify({ description: 'x' }),
      });
      expect(response.status).toBe(500);
      expect(failing.logs).toMatchObject([
        { status: 500, code: 'INTERNAL', internal: expect.stringMatching(/^SyntaxError at .*hardening\.test\.ts:\d+/) },
      ]);
      expect(JSON.stringify(failing.logs)).not.toContain('CANARY');
    } finally {
      await failing.close();
    }
  });
});

describe('live tests from every route go through the one pool', () => {
  it('reads ?test= as true, false, 1 or 0, and refuses anything else', async () => {
    const refused = { connector: 'redis', config: { address: 'redis://127.0.0.1:1' } };
    expect(await call('POST', '/v1/connection_profiles?test=1', { name: 'one', ...refused })).toMatchObject({
      status: 422,
      json: { error: { code: 'TEST_FAILED' } },
    });
    expect((await call('POST', '/v1/connection_profiles?test=0', { name: 'zero', ...refused })).status).toBe(201);
    expect((await call('POST', '/v1/connection_profiles?test=false', { name: 'false', ...refused })).status).toBe(201);
    const yes = await call('POST', '/v1/connection_profiles?test=yes', { name: 'yes', ...refused });
    expect(yes).toMatchObject({ status: 400, json: { error: { code: 'INVALID_REQUEST', details: { issues: [{ path: 'test' }] } } } });
    expect((await call('GET', '/v1/connection_profiles/yes')).status).toBe(404);
  });

  it('counts a create with ?test=true against --max-concurrent-tests', async () => {
    const hanging = call('POST', '/v1/connection_profiles?test=true', {
      name: 'hangs',
      connector: 'redis',
      config: { address: `redis://127.0.0.1:${silent.port}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const meanwhile = await Promise.all([
      call('POST', '/v1/connection_profiles/test', { connector: 'redis', config: { address: `redis://127.0.0.1:${redis.port}` } }),
      call('POST', '/v1/connection_tables/test', { connection_profile_id: 'cache', config: { type: 'lookup' } }),
      call('POST', '/v1/connection_profiles?test=true', {
        name: 'queued',
        connector: 'redis',
        config: { address: `redis://127.0.0.1:${redis.port}` },
      }),
    ]);
    expect(meanwhile.map((r) => [r.status, r.json.error?.code])).toEqual([
      [429, 'TOO_MANY_TESTS'],
      [429, 'TOO_MANY_TESTS'],
      [429, 'TOO_MANY_TESTS'],
    ]);
    expect((await hanging).json.error.details.result.error.code).toBe('timeout');
  });

  it('caps ?deadline_ms= by the server and refuses one that is not a whole number', async () => {
    const started = performance.now();
    const capped = await call('POST', '/v1/connection_profiles/test?deadline_ms=60000', {
      connector: 'redis',
      config: { address: `redis://127.0.0.1:${silent.port}` },
    });
    expect(capped.json.error).toMatchObject({ code: 'timeout', message: "the test's deadline of 3000 ms passed" });
    expect(performance.now() - started).toBeLessThan(6_000);
    const shorter = await call('POST', '/v1/connection_profiles/test?deadline_ms=100', {
      connector: 'redis',
      config: { address: `redis://127.0.0.1:${silent.port}` },
    });
    expect(shorter.json.error.message).toBe("the test's deadline of 100 ms passed");
    expect((await call('POST', '/v1/connection_profiles/test?deadline_ms=soon', { connector: 'redis', config: {} })).status).toBe(400);
  });

  it('tests a draft and a registered table, as JSON and as server-sent events', async () => {
    const draft = await call('POST', '/v1/connection_tables/test', {
      name: 'lookups',
      connection_profile_id: 'cache',
      config: { type: 'lookup', format: 'json' },
    });
    expect(draft).toMatchObject({ status: 200, json: { ok: true, connector: 'redis' } });
    const invalid = await call('POST', '/v1/connection_tables/test', {
      connection_profile_id: 'cache',
      config: { type: 'lookup', format: 'xml' },
    });
    expect(invalid).toMatchObject({ status: 200, json: { ok: false, error: { code: 'config' } } });
    expect((await call('POST', '/v1/connection_tables/test', { connection_profile_id: 'nope', config: { type: 'lookup' } })).status).toBe(
      404,
    );
    const table = await call('POST', '/v1/connection_tables', {
      name: 'registered',
      connection_profile_id: 'cache',
      config: { type: 'lookup', format: 'json' },
    });
    expect(table.status).toBe(201);
    const saved = await call('POST', `/v1/connection_tables/${table.json.id}/test`);
    expect(saved).toMatchObject({ status: 200, json: { ok: true } });
    const stream = await call('POST', '/v1/connection_tables/registered/test?deadline_ms=2000', undefined, { accept: 'text/event-stream' });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const events = eventsOf(stream.text);
    expect(events.at(-1)).toMatchObject({ event: 'result', data: { ok: true } });
    expect(events.filter((e) => e.event === 'step').map((e) => e.data.name)).toContain('connect');
    expect((await call('POST', '/v1/connection_tables/missing/test')).status).toBe(404);
  });
});

describe('each tenant its own environment', () => {
  it('fills a tenant\u2019s templates from its own env only; a tenant without one gets none, never the operator\u2019s', async () => {
    const secured = await startRedis({ password: 'acme-redis-pw' });
    const operatorCatalog = catalog.withEnv({ RPW: 'acme-redis-pw' });
    const tenants = await serveApi({
      catalog: operatorCatalog,
      tokens: { 'env-acme-0001': 'acme-env', 'env-globex-0002': 'globex-env' },
      tenantEnv: { 'acme-env': { RPW: 'acme-redis-pw' } },
    });
    const as = (token: string, path: string, body: unknown) =>
      fetch(tenants.base + path, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, json: await r.json() }));
    try {
      const draft = { connector: 'redis', config: { address: `redis://127.0.0.1:${secured.port}`, password: '{{ RPW }}' } };
      expect((await as('env-acme-0001', '/v1/connection_profiles/test', draft)).json).toMatchObject({ ok: true });
      const globex = await as('env-globex-0002', '/v1/connection_profiles/test', draft);
      expect(globex.json).toMatchObject({ ok: false, error: { code: 'config' } });
      expect(JSON.stringify(globex.json)).not.toContain('acme-redis-pw');
      for (const tenant of ['acme-env', 'globex-env']) {
        await catalog
          .forTenant(tenant)
          .profiles.create({ name: 'templated', connector: 'redis', config: { address: 'redis://cache:6379', password: '{{ RPW }}' } });
      }
      const sql = "CREATE TABLE t (id INT) WITH (connection_profile = 'templated', type = 'lookup', format = 'json');";
      const codes = async (token: string) => (await as(token, '/v1/resolve', { sql })).json.errors.map((e: { code: string }) => e.code);
      expect(await codes('env-acme-0001')).not.toContain('MISSING_ENV_VAR');
      expect(await codes('env-globex-0002')).toContain('MISSING_ENV_VAR');
    } finally {
      await tenants.close();
      await secured.stop();
    }
  });
});
