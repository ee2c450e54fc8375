import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';
import { startRedis, type RedisServer } from '../support/redis-server.mjs';
import { readEvents } from '../support/sse-events.js';
import { startAll } from '../support/start-all.mjs';
import { startSilentServer } from '../support/silent-server.mjs';

const ACME = 'acme-token-0001';
const GLOBEX = 'globex-token-0002';
const CANARY = 'canary-pw-5f2e9d';
let catalog: Catalog;
let api: TestApi;
let redis: RedisServer;
const seen: string[] = [];

async function call(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? ACME : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(api.base + path, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  seen.push(text);
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
}

const kafkaBody = (name: string) => ({
  name,
  connector: 'kafka',
  config: { bootstrap_servers: 'kafka-broker:9092', authentication: { sasl_mechanism: 'PLAIN', username: 'user', password: CANARY } },
});

beforeAll(async () => {
  [catalog, redis] = await startAll([openCatalog(), startRedis({ password: CANARY })]);
  api = await serveApi({
    catalog,
    tokens: { [ACME]: 'acme', [GLOBEX]: 'globex' },
    maxBodyBytes: 64 * 1024,
    maxConcurrentTests: 2,
    testDeadlineMs: 2_000,
  });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await catalog?.close();
  await redis?.stop();
});

describe('REST API over real HTTP', () => {
  it('creates, reads, lists, updates and deletes profiles', async () => {
    const created = await call('POST', '/v1/connection_profiles', { body: kafkaBody('crud') });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'crud',
      connector: 'kafka',
      version: 1,
      config: { authentication: { password: '********' } },
    });
    expect(created.headers.get('etag')).toBe('"1"');
    const read = await call('GET', `/v1/connection_profiles/${created.json.id}`);
    expect([read.json.name, read.headers.get('etag')]).toEqual(['crud', '"1"']);
    expect((await call('GET', '/v1/connection_profiles/crud')).json.id).toBe(created.json.id);
    const page = await call('GET', '/v1/connection_profiles?limit=1&offset=0');
    expect(page.json.data).toHaveLength(1);
    expect(page.json.total).toBeGreaterThanOrEqual(1);
    const updated = await call('PUT', `/v1/connection_profiles/${created.json.id}`, {
      body: { config: { bootstrap_servers: 'k2:9092' } },
      headers: { 'if-match': read.headers.get('etag')! },
    });
    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe('"2"');
    expect(
      (
        await call('PUT', '/v1/connection_profiles/crud', {
          body: { config: { bootstrap_servers: 'k3:9092' } },
          headers: { 'if-match': '1' },
        })
      ).status,
    ).toBe(412);
    expect(
      (await call('PUT', '/v1/connection_profiles/crud', { body: { config: { bootstrap_servers: 'k3:9092' }, version: 1 } })).status,
    ).toBe(409);
    expect((await call('PUT', '/v1/connection_profiles/crud', { body: { config: { bootstrap_servers: 'k3:9092' } } })).status).toBe(428);
    expect((await call('DELETE', `/v1/connection_profiles/${created.json.id}`)).status).toBe(204);
    expect((await call('GET', '/v1/connection_profiles/crud')).status).toBe(404);
  });

  it('answers duplicates, invalid configs and invalid bodies with codes and field paths', async () => {
    await call('POST', '/v1/connection_profiles', { body: kafkaBody('dup') });
    const duplicate = await call('POST', '/v1/connection_profiles', { body: kafkaBody('dup') });
    expect(duplicate).toMatchObject({ status: 409, json: { error: { code: 'PROFILE_EXISTS' } } });
    const invalid = await call('POST', '/v1/connection_profiles', {
      body: { name: 'bad', connector: 'kafka', config: { bootstrap_servers: 'nope' } },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error).toMatchObject({ code: 'PROFILE_INVALID', details: { problems: [{ key: 'bootstrap_servers' }] } });
    const badBody = await call('POST', '/v1/connection_profiles', { body: { name: 'x', connector: 'kafka', config: 'nope', extra: 1 } });
    expect(badBody.status).toBe(400);
    expect(badBody.json.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['', 'config']);
  });

  it('refuses malformed JSON with its position, big bodies, unknown routes and wrong methods', async () => {
    const logged = api.logs.length;
    const malformed = await call('POST', '/v1/connection_profiles', { raw: '{"name": "x",\n  "connector": }' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error).toMatchObject({ code: 'INVALID_JSON', details: { line: 2, column: 16 } });
    const big = await call('POST', '/v1/resolve', { raw: JSON.stringify({ sql: 'x'.repeat(70 * 1024) }) });
    expect(big).toMatchObject({ status: 413, json: { error: { code: 'BODY_TOO_LARGE' } } });
    expect((await call('GET', '/v1/nothing-here')).status).toBe(404);
    const wrong = await call('PATCH', '/v1/connection_profiles');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
    const badEscape = await call('GET', '/v1/connection_profiles/%E0%A4%A');
    expect(badEscape).toMatchObject({ status: 400, json: { error: { code: 'INVALID_REQUEST' } } });
    expect(api.logs.slice(logged).map((l) => l.code)).toEqual([
      'INVALID_JSON',
      'BODY_TOO_LARGE',
      'NOT_FOUND',
      'METHOD_NOT_ALLOWED',
      'INVALID_REQUEST',
    ]);
    expect(api.logs.every((l) => l.status < 500)).toBe(true);
  });

  it('requires a valid bearer token everywhere but the OpenAPI document and the health probe', async () => {
    expect(await call('GET', '/v1/health', { token: null })).toMatchObject({ status: 200, json: { status: 'ok' } });
    expect((await call('GET', '/v1/connection_profiles', { token: null })).status).toBe(401);
    expect((await call('GET', '/v1/connection_profiles', { token: 'wrong' })).status).toBe(401);
    expect((await call('GET', '/v1/connectors', { token: null })).status).toBe(401);
    expect((await call('GET', '/v1/openapi.json', { token: null })).status).toBe(200);
  });

  it('answers the health probe with 503 once its store is gone, saying nothing of the store', async () => {
    const lost = await openCatalog();
    const probe = await serveApi({ catalog: lost, tokens: {} });
    try {
      expect((await fetch(`${probe.base}/v1/health`)).status).toBe(200);
      await lost.close();
      const down = await fetch(`${probe.base}/v1/health`);
      expect(down.status).toBe(503);
      expect(down.headers.get('retry-after')).toBe('5');
      expect(await down.json()).toEqual({ error: { code: 'STORE_UNAVAILABLE', message: 'the profile store is unavailable' } });
    } finally {
      await probe.close();
    }
  });

  it('answers an unexpected failure with a bare 500 and logs its class and place, never its message', async () => {
    // A catalog whose profile listing fails the way a bug would: a JSON parser whose message quotes its input.
    const breakProfiles = (target: Catalog): Catalog =>
      new Proxy(target, {
        get: (scoped, key) => {
          if (key === 'profiles') return { list: () => JSON.parse(CANARY) };
          if (key === 'forTenant' || key === 'withEnv') return (arg: never) => breakProfiles(scoped[key](arg));
          return Reflect.get(scoped, key);
        },
      });
    const broken = breakProfiles(catalog);
    const failing = await serveApi({ catalog: broken, tokens: { [ACME]: 'acme' } });
    try {
      const response = await fetch(`${failing.base}/v1/connection_profiles`, { headers: { authorization: `Bearer ${ACME}` } });
      const text = await response.text();
      seen.push(text);
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: 'the server failed to handle the request' } });
      expect(failing.logs).toMatchObject([
        { status: 500, code: 'INTERNAL', internal: expect.stringMatching(/^SyntaxError at .*api\.test\.ts:\d+/) },
      ]);
      expect(JSON.stringify(failing.logs)).not.toContain(CANARY);
    } finally {
      await failing.close();
    }
  });

  it('registers and drops tables, refusing profile deletes and breaking updates while they exist', async () => {
    const profile = await call('POST', '/v1/connection_profiles', {
      body: { ...kafkaBody('for-tables'), overridable: ['connection_properties.*'] },
    });
    const table = await call('POST', '/v1/connection_tables', {
      body: {
        name: 'orders',
        connection_profile_id: profile.json.id,
        config: { topic: 'orders', format: 'json', 'connection_properties.acks': 'all' },
      },
    });
    expect(table.status).toBe(201);
    expect(table.json).toMatchObject({ name: 'orders', connection_profile: 'for-tables', connection_profile_id: profile.json.id });
    const invalid = await call('POST', '/v1/connection_tables', {
      body: { name: 'bad', connection_profile_id: profile.json.id, config: { topic: 'x', format: 'xml' } },
    });
    expect(invalid).toMatchObject({ status: 422, json: { error: { code: 'TABLE_INVALID' } } });
    expect((await call('GET', '/v1/connection_tables')).json.data.map((t: { name: string }) => t.name)).toContain('orders');
    const refusedDelete = await call('DELETE', `/v1/connection_profiles/${profile.json.id}`);
    expect(refusedDelete).toMatchObject({ status: 409, json: { error: { code: 'PROFILE_IN_USE', details: { tables: ['orders'] } } } });
    const breaking = await call('PUT', `/v1/connection_profiles/${profile.json.id}`, { body: { overridable: [], version: 1 } });
    expect(breaking).toMatchObject({ status: 409, json: { error: { code: 'TABLE_INVALID', details: { tables: ['orders'] } } } });
    expect((await call('DELETE', `/v1/connection_tables/${table.json.id}`)).status).toBe(204);
    expect((await call('DELETE', `/v1/connection_profiles/${profile.json.id}`)).status).toBe(204);
  });

  it('resolves SQL with positioned diagnostics and no secrets', async () => {
    await call('POST', '/v1/connection_profiles', { body: kafkaBody('resolver') });
    const result = await call('POST', '/v1/resolve', {
      body: {
        sql: "CREATE TABLE o (id INT) WITH (connection_profile = 'resolver', topic = 'o', format = 'json');\nCREATE TABLE p (id INT) WITH (connection_profile = 'resolvr', topic = 'p', format = 'json');",
      },
    });
    expect(result.status).toBe(200);
    expect(result.json.tables[0].config.authentication.password).toBe('********');
    expect(result.json.errors).toMatchObject([{ code: 'PROFILE_NOT_FOUND', line: 2, suggestion: 'resolver' }]);
    expect(result.text).not.toContain(CANARY);
    const registered = await call('POST', '/v1/resolve', {
      body: {
        sql: "CREATE TABLE IF NOT EXISTS via_resolve (id INT) WITH (connection_profile = 'resolver', topic = 'v', format = 'json');",
        register: true,
      },
    });
    expect(registered.json.errors).toEqual([]);
    const listed = await call('GET', '/v1/connection_tables');
    expect(listed.json.data.map((t: { name: string }) => t.name)).toContain('via_resolve');
  });

  it('lists connectors with their JSON Schemas, sensitive fields marked', async () => {
    const { json } = await call('GET', '/v1/connectors');
    const kafka = json.data.find((c: { name: string }) => c.name === 'kafka');
    expect(kafka.sensitive_fields).toEqual(['authentication.password', 'tls.key', 'schema_registry.api_secret']);
    const sasl = kafka.profile_schema.properties.authentication.oneOf.find((a: { title: string }) => a.title === 'SASL');
    expect(sasl.properties.password).toMatchObject({
      sensitive: true,
      writeOnly: true,
      format: 'password',
      title: 'authentication.password',
    });
    expect(json.data.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['kafka', 'redis', 'nats', 'mqtt', 'rabbitmq', 'confluent']),
    );
  });

  it('serves an OpenAPI 3.1 document that validates', async () => {
    const { json } = await call('GET', '/v1/openapi.json', { token: null });
    expect(json.openapi).toBe('3.1.0');
    const validator = new Validator();
    const verdict = await validator.validate(json);
    expect(verdict.errors ?? []).toEqual([]);
    expect(verdict.valid).toBe(true);
    expect(Object.keys(json.paths)).toContain('/v1/connection_profiles/{id}/test');
    // The PUT rule for secrets, which the web console depends on, is in the document.
    const put = json.paths['/v1/connection_profiles/{id}'].put;
    expect(put.description).toContain('`********`, or the field left out while the object holding it is sent, keeps the stored value');
    expect(put.description).toContain('an explicit `null` removes it');
    expect(json.components.schemas.ProfileUpdate.properties.config.description).toContain('`null` removes it');
  });

  it('tests a draft and a saved profile, as JSON and as a server-sent event stream', async () => {
    const draft = await call('POST', '/v1/connection_profiles/test', {
      body: { name: 'draft', connector: 'redis', config: { address: `redis://127.0.0.1:${redis.port}`, password: CANARY } },
    });
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({ ok: true, connector: 'redis' });
    const saved = await call('POST', '/v1/connection_profiles', {
      body: { name: 'cache', connector: 'redis', config: { address: `redis://127.0.0.1:${redis.port}`, password: 'wrong' } },
    });
    const response = await fetch(`${api.base}/v1/connection_profiles/${saved.json.id}/test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ACME}`, accept: 'text/event-stream' },
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(response);
    seen.push(JSON.stringify(events));
    expect(events.map((e) => (e.event === 'step' ? e.data.name : e.event))).toEqual(['dns', 'connect', 'authenticate', 'result']);
    expect(events.at(-1)!.data).toMatchObject({ ok: false, error: { code: 'auth' } });
  });

  it('creates with ?test=true only when the live test passes', async () => {
    const failing = await call('POST', '/v1/connection_profiles?test=true', {
      body: { name: 'unreachable', connector: 'redis', config: { address: 'redis://127.0.0.1:1' } },
    });
    expect(failing).toMatchObject({
      status: 422,
      json: { error: { code: 'TEST_FAILED', details: { result: { error: { code: 'refused' } } } } },
    });
    expect((await call('GET', '/v1/connection_profiles/unreachable')).status).toBe(404);
    const passing = await call('POST', '/v1/connection_profiles?test=true', {
      body: { name: 'reachable', connector: 'redis', config: { address: `redis://127.0.0.1:${redis.port}`, password: CANARY } },
    });
    expect(passing.status).toBe(201);
  });

  it('limits live tests in flight', async () => {
    const silent = await startSilentServer();
    try {
      const body = { connector: 'redis', config: { address: `redis://127.0.0.1:${silent.port}` } };
      const results = await Promise.all(Array.from({ length: 6 }, () => call('POST', '/v1/connection_profiles/test', { body })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 200, 429, 429, 429, 429]);
      expect(results.filter((r) => r.status === 200).map((r) => r.json.error.code)).toEqual(['timeout', 'timeout']);
      expect(results.find((r) => r.status === 429)!.headers.get('retry-after')).toBe('1');
    } finally {
      await silent.close();
    }
  });

  it('keeps every tenant to its own profiles on every endpoint', async () => {
    const mine = await call('POST', '/v1/connection_profiles', { body: kafkaBody('acme-only') });
    const id = mine.json.id;
    const asGlobex = { token: GLOBEX };
    expect((await call('GET', `/v1/connection_profiles/${id}`, asGlobex)).status).toBe(404);
    expect((await call('GET', '/v1/connection_profiles/acme-only', asGlobex)).status).toBe(404);
    expect((await call('GET', '/v1/connection_profiles', asGlobex)).json.data.map((p: { name: string }) => p.name)).not.toContain(
      'acme-only',
    );
    expect((await call('PUT', `/v1/connection_profiles/${id}`, { ...asGlobex, body: { config: {}, version: 1 } })).status).toBe(404);
    expect((await call('POST', `/v1/connection_profiles/${id}/test`, asGlobex)).status).toBe(404);
    expect((await call('DELETE', `/v1/connection_profiles/${id}`, asGlobex)).status).toBe(404);
    expect(
      (
        await call('POST', '/v1/connection_tables', {
          ...asGlobex,
          body: { name: 't', connection_profile_id: id, config: { topic: 't', format: 'json' } },
        })
      ).status,
    ).toBe(404);
    const resolved = await call('POST', '/v1/resolve', {
      ...asGlobex,
      body: { sql: "CREATE TABLE o (id INT) WITH (connection_profile = 'acme-only', topic = 'o', format = 'json');" },
    });
    expect(resolved.json.errors).toMatchObject([{ code: 'PROFILE_NOT_FOUND' }]);
    const table = await call('POST', '/v1/connection_tables', {
      body: { name: 'acme-table', connection_profile_id: id, config: { topic: 't', format: 'json' } },
    });
    expect(table.status).toBe(201);
    expect((await call('GET', '/v1/connection_tables', asGlobex)).json.data).toEqual([]);
    expect((await call('DELETE', `/v1/connection_tables/${table.json.id}`, asGlobex)).status).toBe(404);
    expect((await call('GET', `/v1/connection_profiles/${id}`)).status).toBe(200);
    expect((await call('GET', '/v1/connection_tables')).json.data.map((t: { name: string }) => t.name)).toContain('acme-table');
  });

  it('never sends or logs the planted password', () => {
    expect(seen.length).toBeGreaterThan(30);
    for (const body of seen) expect(body).not.toContain(CANARY);
    expect(JSON.stringify(api.logs)).not.toContain(CANARY);
  });
});
