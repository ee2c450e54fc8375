// The REST part runs the worker thread, which is compiled code: this suite uses the built package (npm test builds it first).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, resolve, type Catalog } from '../../dist/index.js';
import { createHandler, createNodeServer } from '../../dist/http/index.js';
import { runCli } from '../support/run-cli.js';

/**
 * `secrets: 'template'`: Arroyo fills `{{ NAME }}` in its var-str fields from its own
 * environment at run time, so the preprocessor writes each templated value back as the same
 * template and no secret value ever leaves it. The caller's environment holds the real
 * values here, to prove they are not used.
 */
const REAL_PASSWORD = 'real-kafka-pw-7d1e';
const REAL_USER = 'real-kafka-user-3b9a';
const PLAIN_SECRET = 'plain-redis-pw-55c0';
/** Arroyo's templating syntax in the forms its `VarStr` reads: the spacing must survive byte for byte. */
const USER_TEMPLATE = '{{KAFKA_USER}}';
const PASSWORD_TEMPLATE = '{{  KAFKA_PASSWORD }}';
const profiles = [
  {
    name: 'events',
    connector: 'kafka',
    config: {
      bootstrap_servers: 'kafka-1:9092',
      authentication: { protocol: 'SASL_SSL', sasl_mechanism: 'PLAIN', username: USER_TEMPLATE, password: PASSWORD_TEMPLATE },
      schema_registry: { endpoint: 'https://registry:8081', api_key: '{{ SR_KEY }}', api_secret: '{{ SR_SECRET }}' },
    },
  },
  { name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379', password: PLAIN_SECRET } },
];
const env = { KAFKA_USER: REAL_USER, KAFKA_PASSWORD: REAL_PASSWORD, SR_KEY: 'real-sr-key-9', SR_SECRET: 'real-sr-secret-9' };
const KAFKA_TABLE =
  "CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'events', topic = 'orders', format = 'json', type = 'source');";
const REDIS_TABLE =
  "CREATE TABLE hits (k TEXT) WITH (connection_profile = 'cache', format = 'json', type = 'sink', target = 'string', 'target.key_prefix' = 'h');";
const realValues = [REAL_PASSWORD, REAL_USER, PLAIN_SECRET, ...Object.values(env)];

function expectNoSecret(text: string): void {
  for (const value of realValues) expect(text).not.toContain(value);
}

describe("secrets: 'template' in the library", () => {
  it('writes every templated profile value as its template, byte for byte, and no secret value', async () => {
    const { tables, errors } = await resolve(KAFKA_TABLE, { profiles, env, secrets: 'template' });
    expect(errors).toEqual([]);
    const [orders] = tables;
    expect(orders.sql).toContain(`'auth.username' = '${USER_TEMPLATE}'`);
    expect(orders.sql).toContain(`'auth.password' = '${PASSWORD_TEMPLATE}'`);
    expect(orders.sql).toContain("'schema_registry.api_key' = '{{ SR_KEY }}'");
    expect(orders.sql).toContain("'schema_registry.api_secret' = '{{ SR_SECRET }}'");
    expect(orders.options['authentication.password']).toBe(PASSWORD_TEMPLATE);
    expect(orders.provenance['authentication.password']).toBe('env');
    expectNoSecret(JSON.stringify(tables));
  });

  it('needs no environment: the engine fills the templates, not the preprocessor', async () => {
    const { tables, errors } = await resolve(KAFKA_TABLE, { profiles, secrets: 'template' });
    expect(errors).toEqual([]);
    expect(tables[0].sql).toContain(`'auth.password' = '${PASSWORD_TEMPLATE}'`);
  });

  it('by default fills the templates from the environment and redacts them, as before', async () => {
    const shown = await resolve(KAFKA_TABLE, { profiles, env, showSecrets: true });
    expect(shown.tables[0].sql).toContain(`'auth.password' = '${REAL_PASSWORD}'`);
    const redacted = await resolve(KAFKA_TABLE, { profiles, env });
    expect(redacted.tables[0].sql).toContain("'auth.password' = '********'");
  });

  it('refuses a secret held as a value, naming the field, at the table that uses it', async () => {
    const { tables, errors } = await resolve(`${KAFKA_TABLE}\n${REDIS_TABLE}`, { profiles, env, secrets: 'template' });
    expect(tables.map((t) => t.table)).toEqual(['orders']);
    expect(errors).toMatchObject([{ code: 'SECRET_NOT_TEMPLATED', key: 'password', table: 'hits', profile: 'cache', line: 2 }]);
    expect(errors[0].message).toContain("'password'");
    expectNoSecret(JSON.stringify(errors));
  });

  it('refuses an unknown mode as INVALID_ARGUMENT before any profile is read', async () => {
    await expect(resolve(KAFKA_TABLE, { profiles, secrets: 'plain' as never })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: "secrets takes redact or template, got 'plain'",
    });
  });
});

describe('--secrets template on the command line', () => {
  const work = mkdtempSync(join(tmpdir(), 'ddl-secrets-template-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  beforeAll(() => {
    writeFileSync(join(work, 'profiles.json'), JSON.stringify(profiles));
    writeFileSync(join(work, 'script.sql'), `${KAFKA_TABLE}\n${REDIS_TABLE}\n`);
    writeFileSync(join(work, 'kafka.sql'), `${KAFKA_TABLE}\n`);
    writeFileSync(
      join(work, 'real.env'),
      Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
  });
  const base = ['--profiles', 'profiles.json', '--env-file', 'real.env'];

  it('prints the templates in --json and text, and no secret value', async () => {
    const json = await runCli(['resolve', 'kafka.sql', ...base, '--secrets', 'template', '--json'], { cwd: work });
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.tables[0].sql).toContain(`'auth.password' = '${PASSWORD_TEMPLATE}'`);
    expect(result.tables[0].config.authentication.password).toBe(PASSWORD_TEMPLATE);
    expectNoSecret(json.stdout + json.stderr);
    const text = await runCli(['resolve', 'kafka.sql', ...base, '--secrets', 'template'], { cwd: work });
    expect(text.code, text.stderr).toBe(0);
    expectNoSecret(text.stdout + text.stderr);
  });

  it('exits 1 naming the field of a secret held as a value', async () => {
    const run = await runCli(['resolve', 'script.sql', ...base, '--secrets', 'template'], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/script\.sql:2:\d+: SECRET_NOT_TEMPLATED .*'password'/);
    expectNoSecret(run.stdout + run.stderr);
  });

  it('exits 2 on a mode it does not know', async () => {
    const run = await runCli(['resolve', 'kafka.sql', ...base, '--secrets', 'plain'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--secrets takes redact or template, got 'plain'");
  });
});

describe('"secrets": "template" in POST /v1/resolve', () => {
  let catalog: Catalog;
  let base: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    catalog = await openCatalog({ env });
    await catalog.profiles.createMany(profiles);
    // Scripts of 2 KiB or more resolve in the worker thread: both paths are tried.
    const server = createNodeServer(createHandler({ catalog, auth: 'none', resolve: { offThreadBytes: 2048 } }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    close = () => new Promise((done) => (server.closeAllConnections(), server.close(() => done())));
  }, 60_000);
  afterAll(async () => {
    await close?.();
    await catalog?.close();
  });
  const post = async (body: unknown) => {
    const response = await fetch(`${base}/v1/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };

  it.each([
    ['on the event loop', KAFKA_TABLE],
    ['in the worker thread', `${KAFKA_TABLE}\n${'-- padding\n'.repeat(250)}`],
  ])('answers the templates %s, and no secret value', async (_where, sql) => {
    const { status, text } = await post({ sql, secrets: 'template' });
    expect(status).toBe(200);
    const result = JSON.parse(text);
    expect(result.errors).toEqual([]);
    expect(result.tables[0].sql).toContain(`'auth.password' = '${PASSWORD_TEMPLATE}'`);
    expect(result.tables[0].config.authentication.password).toBe(PASSWORD_TEMPLATE);
    expectNoSecret(text);
  });

  it('answers SECRET_NOT_TEMPLATED for a secret held as a value, and 400 for an unknown mode', async () => {
    const refused = await post({ sql: REDIS_TABLE, secrets: 'template' });
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.text).errors).toMatchObject([{ code: 'SECRET_NOT_TEMPLATED', key: 'password' }]);
    expectNoSecret(refused.text);
    expect((await post({ sql: KAFKA_TABLE, secrets: 'plain' })).status).toBe(400);
  });
});
