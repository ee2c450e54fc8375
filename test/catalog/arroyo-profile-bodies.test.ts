import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';
import { startRedis, type RedisServer } from '../support/redis-server.mjs';
import { runCli } from '../support/run-cli.js';
import { readEvents } from '../support/sse-events.js';

/**
 * Every path that takes a profile body takes Arroyo's camelCase / `oneOf` shape as well as
 * ours, through the one canonicalising function (`fromArroyoProfileConfig`): the draft test
 * over the CLI and REST (JSON and server-sent events), `?test=true` create, and update over
 * REST and the CLI. Each test runs against a real Redis, or a refused loopback port.
 */
const PASSWORD = 'arroyo-body-pw-41c7';
/** The body Arroyo's UI sends to test a Confluent draft before saving it (issue 22). */
const CONFLUENT_DRAFT = { bootstrapServers: '127.0.0.1:1', key: 'k', secret: 's' };
let redis: RedisServer;
let catalog: Catalog;
let api: TestApi;
const work = mkdtempSync(join(tmpdir(), 'ddl-arroyo-bodies-'));
const headers = { authorization: 'Bearer bodies-token-01', 'content-type': 'application/json' };
/** Redis in Arroyo's shape: the address inside its `connection` oneOf. */
const arroyoRedis = (port: number, password = PASSWORD) => ({ connection: { address: `redis://127.0.0.1:${port}` }, password });

async function post(path: string, body: unknown, accept = 'application/json') {
  return fetch(`${api.base}${path}`, { method: 'POST', headers: { ...headers, accept }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  redis = await startRedis({ password: PASSWORD });
  catalog = await openCatalog();
  api = await serveApi({ catalog, tokens: { 'bodies-token-01': 'acme' }, testDeadlineMs: 3_000 });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await catalog?.close();
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("Arroyo's profile JSON on every path that takes a profile body", () => {
  it('ddl-profiles test --connector confluent takes the camelCase draft and reaches the connect step', async () => {
    const run = await runCli(['test', '--connector', 'confluent', '--config', JSON.stringify(CONFLUENT_DRAFT), '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.error).toMatchObject({ code: 'refused', step: 'connect' });
    expect(result.steps.map((s: { name: string }) => s.name)).toEqual(['dns', 'connect']);
  });

  it('ddl-profiles test --connector redis passes with the oneOf connection body', async () => {
    const run = await runCli(['test', '--connector', 'redis', '--config', JSON.stringify(arroyoRedis(redis.port)), '--json']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, connector: 'redis' });
    expect(run.stdout).not.toContain(PASSWORD);
  });

  it('POST /v1/connection_profiles/test takes the body Arroyo sends, as JSON', async () => {
    const confluent = await post('/v1/connection_profiles/test', { name: 'draft', connector: 'confluent', config: CONFLUENT_DRAFT });
    expect(confluent.status).toBe(200);
    expect(await confluent.json()).toMatchObject({ ok: false, error: { code: 'refused', step: 'connect' } });
    const passing = await post('/v1/connection_profiles/test', { connector: 'redis', config: arroyoRedis(redis.port) });
    const body = await passing.text();
    expect(JSON.parse(body)).toMatchObject({ ok: true, connector: 'redis' });
    expect(body).not.toContain(PASSWORD);
  });

  it('POST /v1/connection_profiles/test takes it as a server-sent event stream', async () => {
    const response = await post(
      '/v1/connection_profiles/test',
      { connector: 'redis', config: arroyoRedis(redis.port) },
      'text/event-stream',
    );
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await readEvents(response);
    expect(events.map((e) => (e.event === 'step' ? e.data.name : e.event))).toEqual([
      'dns',
      'connect',
      'authenticate',
      'ping',
      'info',
      'result',
    ]);
    expect(events.at(-1)!.data).toMatchObject({ ok: true });
    const wrong = await post(
      '/v1/connection_profiles/test',
      { connector: 'redis', config: arroyoRedis(redis.port, 'wrong-pw') },
      'text/event-stream',
    );
    expect((await readEvents(wrong)).at(-1)!.data).toMatchObject({ ok: false, error: { code: 'auth' } });
  });

  it('POST /v1/connection_profiles?test=true takes it, tests it and stores our shape', async () => {
    const created = await post('/v1/connection_profiles?test=true', {
      name: 'tested',
      connector: 'redis',
      config: arroyoRedis(redis.port),
    });
    expect(created.status).toBe(201);
    expect((await created.json()).config).toEqual({ address: `redis://127.0.0.1:${redis.port}`, password: '********' });
    const refused = await post('/v1/connection_profiles?test=true', { name: 'refused', connector: 'redis', config: arroyoRedis(1) });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { code: 'TEST_FAILED', details: { result: { error: { code: 'refused' } } } } });
  });

  it('PUT /v1/connection_profiles/{id} takes it and stores our shape', async () => {
    const created = await post('/v1/connection_profiles', {
      name: 'events',
      connector: 'kafka',
      config: { bootstrap_servers: 'broker-1:9092' },
    });
    expect(created.status).toBe(201);
    const put = await fetch(`${api.base}/v1/connection_profiles/events`, {
      method: 'PUT',
      headers: { ...headers, 'if-match': '"1"' },
      body: JSON.stringify({
        config: {
          bootstrapServers: 'broker-2:9092',
          authentication: { protocol: 'SASL_SSL', mechanism: 'SCRAM-SHA-256', username: 'arroyo', password: PASSWORD },
          schemaRegistryEnum: {},
        },
      }),
    });
    expect(put.status, await put.clone().text()).toBe(200);
    expect((await catalog.forTenant('acme').profiles.get('events', { showSecrets: true })).config).toEqual({
      bootstrap_servers: 'broker-2:9092',
      authentication: { protocol: 'SASL_SSL', sasl_mechanism: 'SCRAM-SHA-256', username: 'arroyo', password: PASSWORD },
    });
  });

  it('ddl-profiles profiles update takes it and stores our shape', async () => {
    const store = join(work, 'store');
    const created = await runCli([
      'profiles',
      'create',
      '--name',
      'cache',
      '--connector',
      'redis',
      '--config',
      '{"address":"redis://a:6379"}',
      '--store',
      store,
    ]);
    expect(created.code, created.stderr).toBe(0);
    const config = JSON.stringify({ connection: { address: 'redis://b:6379' }, password: PASSWORD });
    const updated = await runCli(['profiles', 'update', 'cache', '--config', config, '--store', store, '--json']);
    expect(updated.code, updated.stderr).toBe(0);
    expect(JSON.parse(updated.stdout).config).toEqual({ address: 'redis://b:6379', password: '********' });
    const shown = await runCli(['profiles', 'show', 'cache', '--store', store, '--show-secrets', '--json']);
    expect(JSON.parse(shown.stdout).config).toEqual({ address: 'redis://b:6379', password: PASSWORD });
  });
});
