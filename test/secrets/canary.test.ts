import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as runCliInProcess } from '../../src/cli/index.js';
import { openCatalog, redactResult, resolve, type Catalog } from '../../src/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';
import { dumpDatabase, startPostgres, type PostgresServer } from '../support/postgres-server.mjs';
import { startRedis, type RedisServer } from '../support/redis-server.mjs';
import { runCli } from '../support/run-cli.js';
import { tempDir, TEST_SECRET_KEY } from '../support/store-backends.js';

/**
 * One canary, planted in every place a secret can come from, and looked for on every
 * surface a secret must never reach unless asked for: HTTP responses (errors and
 * server-sent events included), request logs, CLI standard output and error (text and
 * --json), rewritten SQL, diagnostics, and the store's bytes (a PGlite directory's files
 * and a pg_dump of PostgreSQL). Each planted value is `CANARY-…`, so one search finds all.
 */
const CANARY = 'CANARY-c4n4ry';
const planted = {
  profile: `${CANARY}-profile-password`,
  registry: `${CANARY}-registry-secret`,
  template: `${CANARY}-from-template`,
  inline: `${CANARY}-inline-table`,
  jaas: `org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="${CANARY}-jaas";`,
  keystoreKey: `-----BEGIN PRIVATE KEY-----\n${CANARY}-pem\n-----END PRIVATE KEY-----`,
  userInfo: `svc:${CANARY}-user-info`,
  override: `${CANARY}-table-override`,
  parse: `${CANARY}-parse-error`,
};
const TEMPLATE_ENV = { CANARY_PW: planted.template };
const REDIS_PASSWORD = 'the-real-redis-password';

/** A Kafka profile whose secrets sit in fields and in the free map `connection_properties`. */
const kafkaProfile = {
  name: 'kafka-prod',
  connector: 'kafka',
  config: {
    bootstrap_servers: 'kafka-1.invalid:9092',
    authentication: { sasl_mechanism: 'PLAIN', username: 'svc', password: planted.profile },
    schema_registry: { endpoint: 'https://registry.invalid:8081', api_key: 'svc', api_secret: planted.registry },
    connection_properties: {
      'sasl.jaas.config': planted.jaas,
      'ssl.keystore.key': planted.keystoreKey,
      'basic.auth.user.info': planted.userInfo,
      'linger.ms': '5',
    },
  },
  overridable: ['connection_properties.*'],
};
/** A Redis profile whose password is a template, filled from the tenant's environment (and wrong for the server). */
const redisProfile = (port: number) => ({
  name: 'cache',
  connector: 'redis',
  config: { address: `redis://127.0.0.1:${port}`, password: '{{ CANARY_PW }}' },
});
/** A table with an inline secret of its own, as a registered table's options. */
const inlineTableOptions = (port: number) => ({
  address: `redis://127.0.0.1:${port}`,
  password: planted.inline,
  type: 'sink',
  format: 'json',
  target: 'string',
  'target.key_prefix': 'c:',
});

/** Tables on every planted secret; each resolves, and each rewritten statement is printed. */
const cleanScript = (port: number) =>
  [
    "CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'kafka-prod', topic = 'orders', format = 'json', type = 'source');",
    `CREATE TABLE overrides (id BIGINT) WITH (connection_profile = 'kafka-prod', topic = 'o', format = 'json', type = 'source', 'connection_properties.ssl.keystore.key' = '${planted.override}', 'connection_properties.basic.auth.user.info' = 'u:${planted.override}');`,
    "CREATE TABLE cached (id TEXT) WITH (connection_profile = 'cache', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'k:');",
    `CREATE TABLE inline_sink (id TEXT) WITH (connector = 'redis', address = 'redis://127.0.0.1:${port}', password = '${planted.inline}', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'i:');`,
  ].join('\n');
/** Values the parser cannot read (two quoted identifiers; a bare word with dashes), and a quoted identifier where a string belongs. */
const brokenScript = [
  `CREATE TABLE broken (id BIGINT) WITH (connection_profile = 'kafka-prod', topic = 't', format = 'json', 'auth.password' = "${planted.parse}" "${planted.parse}");`,
  `CREATE TABLE bare (id BIGINT) WITH (connector = 'redis', address = 'redis://c:6379', password = ${planted.parse}, type = 'sink', format = 'json', target = 'string');`,
  `CREATE TABLE quoted (id BIGINT) WITH (connector = 'redis', address = 'redis://c:6379', password = "${planted.parse}", type = 'sink', format = 'json', target = 'string');`,
].join('\n');

/** Everything any surface showed, by where it was seen. */
const seen: Array<{ where: string; text: string }> = [];
const record = (where: string, value: unknown): void => {
  seen.push({ where, text: typeof value === 'string' ? value : JSON.stringify(value) });
};
const leaks = () => seen.filter((s) => s.text.includes(CANARY)).map((s) => `${s.where}: ${s.text.slice(0, 300)}`);

const TOKEN = 'canary-token-0001';
let redis: RedisServer;
let postgres: PostgresServer;
let work: string;

beforeAll(async () => {
  work = tempDir('ddl-canary-');
  [redis, postgres] = await Promise.all([startRedis({ password: REDIS_PASSWORD }), startPostgres()]);
}, 240_000);
afterAll(async () => {
  await Promise.all([redis?.stop(), postgres?.dispose()]);
  rmSync(work, { recursive: true, force: true });
});

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('a planted canary secret appears on no surface', () => {
  it('the library: resolve results, rewritten SQL, diagnostics and warnings', async () => {
    const profiles = [kafkaProfile, redisProfile(redis.port)];
    for (const [name, script] of [
      ['clean', cleanScript(redis.port)],
      ['broken', brokenScript],
    ] as const) {
      const result = await resolve(script, { profiles, env: TEMPLATE_ENV });
      record(`library ${name}: redactResult`, redactResult(result));
      record(`library ${name}: rewritten SQL`, result.tables.map((t) => t.sql).join('\n'));
      record(
        `library ${name}: options`,
        result.tables.map((t) => t.options),
      );
      record(`library ${name}: errors and warnings`, [...result.errors, ...result.warnings]);
      if (name === 'clean') {
        expect(result.errors).toEqual([]);
        expect(result.tables).toHaveLength(4);
        // The typed config holds the real values: the canary was really planted and filled.
        expect(JSON.stringify(result.tables.map((t) => t.config))).toContain(planted.template);
        expect(JSON.stringify(result.tables.map((t) => t.config))).toContain(planted.override);
        expect(result.tables.map((t) => t.sql).join('\n')).toContain("'auth.password' = '********'");
      } else {
        expect(result.errors.map((e) => e.code)).toEqual(expect.arrayContaining(['PARSE_ERROR']));
      }
    }
    expect(leaks()).toEqual([]);
  });

  it('HTTP: every response (errors and server-sent events included) and every log line; then the PGlite directory', async () => {
    const dir = join(work, 'http-store');
    const catalog: Catalog = await openCatalog({ path: dir, onNotice: (m) => record('store notice', m) });
    const api: TestApi = await serveApi({
      catalog,
      tokens: { [TOKEN]: 'acme' },
      tenantEnv: { acme: TEMPLATE_ENV },
      testDeadlineMs: 5_000,
    });
    const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(api.base + path, {
        method,
        headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      record(`HTTP ${method} ${path} ${response.status}`, `${[...response.headers].join('\n')}\n${text}`);
      return { status: response.status, text, json: text.startsWith('{') ? JSON.parse(text) : undefined };
    };
    const sse = { accept: 'text/event-stream' };
    try {
      expect((await call('POST', '/v1/connection_profiles', kafkaProfile)).status).toBe(201);
      expect((await call('POST', '/v1/connection_profiles', redisProfile(redis.port))).status).toBe(201);
      // A duplicate, and an invalid profile carrying the canary: errors quote no secret.
      expect((await call('POST', '/v1/connection_profiles', kafkaProfile)).status).toBe(409);
      const invalid = await call('POST', '/v1/connection_profiles', {
        ...kafkaProfile,
        name: 'invalid',
        config: { ...kafkaProfile.config, authentication: { ...kafkaProfile.config.authentication, sasl_mechanism: planted.profile } },
      });
      expect(invalid.status).toBe(422);
      // A template outside a credential field is refused at create time, quoting no value.
      const misplaced = await call('POST', '/v1/connection_profiles', {
        name: 'misplaced',
        connector: 'redis',
        config: { address: 'redis://{{ CANARY_PW }}:6379' },
      });
      expect(misplaced.status).toBe(422);
      // Read, and write back what was read: the secret is kept, and never shown.
      const read = await call('GET', '/v1/connection_profiles/kafka-prod');
      expect(read.json.config.authentication.password).toBe('********');
      expect(
        (await call('PUT', '/v1/connection_profiles/kafka-prod', { config: read.json.config, version: read.json.version })).status,
      ).toBe(200);
      expect((await catalog.forTenant('acme').profiles.get('kafka-prod', { showSecrets: true })).config).toMatchObject({
        authentication: { password: planted.profile },
      });
      await call('GET', '/v1/connection_profiles');
      // Registered tables: an inline secret, and a free-map override.
      expect(
        (await call('POST', '/v1/connection_tables', { name: 'inline_sink', connector: 'redis', config: inlineTableOptions(redis.port) }))
          .status,
      ).toBe(201);
      expect(
        (
          await call('POST', '/v1/connection_tables', {
            name: 'overrides',
            connection_profile_id: 'kafka-prod',
            config: { topic: 'o', format: 'json', type: 'source', 'connection_properties.sasl.jaas.config': planted.override },
          })
        ).status,
      ).toBe(201);
      await call('GET', '/v1/connection_tables');
      // Resolving: rewritten SQL, warnings, parse errors.
      const clean = await call('POST', '/v1/resolve', { sql: cleanScript(redis.port) });
      expect(clean.status).toBe(200);
      expect(clean.json.tables).toHaveLength(4);
      expect(clean.json.errors).toEqual([]);
      const broken = await call('POST', '/v1/resolve', { sql: brokenScript });
      expect(broken.json.errors.map((e: { code: string }) => e.code)).toContain('PARSE_ERROR');
      // Live tests, JSON and server-sent events: the template's value is a wrong password.
      const tested = await call('POST', '/v1/connection_profiles/cache/test');
      expect(tested.json).toMatchObject({ ok: false, error: { code: 'auth' } });
      const streamed = await call('POST', '/v1/connection_profiles/cache/test', undefined, sse);
      expect(streamed.text).toContain('event: result');
      const draft = await call(
        'POST',
        '/v1/connection_profiles/test',
        { connector: 'redis', config: { address: `redis://127.0.0.1:${redis.port}`, password: planted.inline } },
        sse,
      );
      expect(draft.text).toContain('"code":"auth"');
      const table = await call('POST', '/v1/connection_tables/inline_sink/test', undefined, sse);
      expect(table.text).toContain('"code":"auth"');
      const draftTable = await call('POST', '/v1/connection_tables/test', {
        connection_profile_id: 'cache',
        config: { type: 'sink', format: 'json', target: 'string', 'target.key_prefix': 'x:' },
      });
      expect(draftTable.json).toMatchObject({ ok: false, error: { code: 'auth' } });
    } finally {
      await api.close();
      await catalog.close();
    }
    record('HTTP request logs', api.logs);
    expect(api.logs.length).toBeGreaterThan(15);
    // The store's files: the directory, its WAL, and the key file beside it hold no canary.
    const files = [...filesUnder(dir), `${dir}.key`];
    const bytes = files.map((file) => readFileSync(file).toString('latin1')).join('\n');
    expect(bytes).toContain('kafka-1.invalid:9092'); // what is not secret is there to see
    for (const file of files) record(`PGlite file ${file}`, readFileSync(file).toString('latin1'));
    expect(leaks()).toEqual([]);
  }, 180_000);

  it('CLI: standard output and error, text and --json, with static profiles (a child process) and a store (in process)', async () => {
    const profilesFile = join(work, 'profiles.json');
    const envFile = join(work, 'canary.env');
    const clean = join(work, 'clean.sql');
    const broken = join(work, 'broken.sql');
    const draft = join(work, 'draft.json');
    writeFileSync(profilesFile, JSON.stringify([kafkaProfile, redisProfile(redis.port)]));
    writeFileSync(envFile, `CANARY_PW=${planted.template}\n`);
    writeFileSync(clean, cleanScript(redis.port));
    writeFileSync(broken, brokenScript);
    writeFileSync(draft, JSON.stringify({ address: `redis://127.0.0.1:${redis.port}`, password: planted.inline }));
    const child = async (args: string[], expectCode: number) => {
      const run = await runCli(args, { cwd: work });
      record(`CLI ${args.join(' ')} stdout`, run.stdout);
      record(`CLI ${args.join(' ')} stderr`, run.stderr);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(expectCode);
      return run;
    };
    for (const json of [[], ['--json']]) {
      const resolved = await child(['resolve', clean, '--profiles', profilesFile, '--env-file', envFile, ...json], 0);
      expect(resolved.stdout).toContain('********');
      await child(['resolve', broken, '--profiles', profilesFile, '--env-file', envFile, ...json], 1);
      await child(['test', '--connector', 'redis', '--config', `@${draft}`, ...json], 1);
    }

    // The store commands, in process (each child would pay PGlite's start-up again).
    const store = join(work, 'cli-store');
    const inProcess = async (args: string[], expectCode: number) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCliInProcess([...args, '--store', store], {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
        env: {},
        cwd: work,
      });
      record(`CLI ${args.join(' ')} stdout`, out.join('\n'));
      record(`CLI ${args.join(' ')} stderr`, err.join('\n'));
      expect(code, `${args.join(' ')}: ${err.join('\n')}`).toBe(expectCode);
      return out.join('\n');
    };
    await inProcess(['profiles', 'import', profilesFile], 0);
    for (const json of [[], ['--json']]) {
      await inProcess(['profiles', 'show', 'kafka-prod', ...json], 0);
      await inProcess(['profiles', 'list', ...json], 0);
      await inProcess(['profiles', 'test', 'cache', '--env-file', envFile, '--deadline-ms', '5000', ...json], 1);
    }
    await inProcess(['resolve', clean, '--env-file', envFile, '--register', '--json'], 0);
    expect(await inProcess(['tables', 'list', '--json'], 0)).toContain('inline_sink');
    await inProcess(['tables', 'list'], 0);
    await inProcess(['tables', 'test', 'inline_sink', '--deadline-ms', '5000'], 1);
    await inProcess(['resolve', broken, '--env-file', envFile], 1);
    for (const file of [...filesUnder(store), `${store}.key`]) record(`CLI store file ${file}`, readFileSync(file).toString('latin1'));
    expect(leaks()).toEqual([]);
  }, 240_000);

  it('PostgreSQL: a pg_dump of the store holds no canary', async () => {
    const pg = await import('pg');
    const admin = new pg.default.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('create database canary');
    await admin.end();
    const url = postgres.url.replace(/\/postgres$/, '/canary');
    const catalog = await openCatalog({ url, secretKey: TEST_SECRET_KEY, env: TEMPLATE_ENV });
    try {
      await catalog.profiles.create(kafkaProfile);
      await catalog.profiles.create(redisProfile(redis.port));
      await catalog.tables.register({ name: 'inline_sink', connector: 'redis', options: inlineTableOptions(redis.port) });
      await catalog.resolve(cleanScript(redis.port).split('\n').slice(0, 3).join('\n'), { register: true });
      expect((await catalog.tables.list()).items.map((t) => t.name).sort()).toEqual(['cached', 'inline_sink', 'orders', 'overrides']);
    } finally {
      await catalog.close();
    }
    const dump = await dumpDatabase(url);
    expect(dump).toContain('kafka-1.invalid:9092'); // the dump is real
    record('pg_dump of the store', dump);
    expect(leaks()).toEqual([]);
  }, 120_000);
});
