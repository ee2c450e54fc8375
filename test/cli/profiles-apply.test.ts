import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * `ddl-profiles profiles apply FILE`, run as the built CLI against a real embedded store
 * (a PGlite directory per test): what it creates, updates and deletes, what --dry-run
 * prints and leaves alone, the exit codes, and that one failing step writes nothing.
 */
const SECRET = 'apply-redis-pw-7f3e';
const NEW_SECRET = 'apply-redis-pw-rotated-91ac';
let work: string;
let counter = 0;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ddl-apply-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A fresh store directory, and a runner of CLI commands against it. */
function freshStore() {
  const store = join(work, `store-${++counter}`);
  return Object.assign((args: string[]) => runCli([...args, '--store', store], { cwd: work }), { store });
}

/** Standard error without the notice of the key a fresh store generates on its first open. */
function errors(stderr: string): string {
  return stderr.replace(/^ddl-profiles: generated the secret key .*\n/m, '');
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const yamlProfiles = (address: string, password: string) => `# profiles registered by CI
profiles:
  - name: cache
    connector: redis
    description: the session cache
    config:
      address: ${address}
      password: "${password}"
  - name: events
    connector: kafka
    config:
      bootstrap_servers: k1:9092,k2:9092
      authentication:
        protocol: SASL_SSL
        sasl_mechanism: SCRAM-SHA-256
        username: planner
        password: "{{ KAFKA_PASSWORD }}"
`;

async function names(cli: ReturnType<typeof freshStore>): Promise<string[]> {
  const list = await cli(['profiles', 'list', '--json']);
  expect(list.code, list.stderr).toBe(0);
  return JSON.parse(list.stdout).data.map((p: { name: string }) => p.name);
}

describe('ddl-profiles profiles apply', () => {
  it('creates the profiles of a YAML file; a rerun is unchanged, exit 0 under --detailed-exitcode, and 2 when it changed something', async () => {
    const cli = freshStore();
    const path = file('ci.yaml', yamlProfiles('redis://cache-1:6379', SECRET));
    const first = await cli(['profiles', 'apply', path, '--detailed-exitcode']);
    expect(first.code, first.stderr).toBe(2);
    expect(first.stdout).toBe('+ cache (redis)\n+ events (kafka)\napplied: 2 created, 0 updated, 0 deleted, 0 unchanged\n');
    expect(first.stdout + first.stderr).not.toContain(SECRET);
    expect(await names(cli)).toEqual(['cache', 'events']);
    const cache = JSON.parse((await cli(['profiles', 'show', 'cache', '--show-secrets', '--json'])).stdout);
    expect(cache).toMatchObject({ description: 'the session cache', config: { address: 'redis://cache-1:6379', password: SECRET } });
    // The template is stored as written, as `profiles create` stores it.
    const events = JSON.parse((await cli(['profiles', 'show', 'events', '--show-secrets', '--json'])).stdout);
    expect(events.config.authentication.password).toBe('{{ KAFKA_PASSWORD }}');

    const again = await cli(['profiles', 'apply', path, '--detailed-exitcode']);
    expect([again.code, again.stdout]).toEqual([0, 'nothing to change: 2 profile(s) unchanged\n']);
    const json = await cli(['profiles', 'apply', path, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ created: [], updated: [], deleted: [], unchanged: ['cache', 'events'] });
    // Nothing was written by the reruns: still version 1.
    expect(JSON.parse((await cli(['profiles', 'show', 'cache', '--json'])).stdout).version).toBe(1);

    const changed = await cli(['profiles', 'apply', file('ci-2.yaml', yamlProfiles('redis://cache-2:6379', SECRET)), '--json']);
    expect(changed.code, changed.stderr).toBe(0);
    expect(JSON.parse(changed.stdout)).toEqual({
      created: [],
      updated: [{ name: 'cache', changed: ['config.address'] }],
      deleted: [],
      unchanged: ['events'],
    });
    expect(JSON.parse((await cli(['profiles', 'show', 'cache', '--json'])).stdout)).toMatchObject({
      version: 2,
      config: { address: 'redis://cache-2:6379' },
    });
  }, 120_000);

  it("creates from Arroyo's exported JSON (camelCase, oneOf), stores it in our shape, and finds it unchanged on a rerun", async () => {
    const cli = freshStore();
    const arroyo = [
      {
        id: 'cp_2x7Yq',
        name: 'arroyo-cache',
        connector: 'redis',
        config: { connection: { address: 'redis://arroyo-cache:6379' }, password: SECRET },
        description: 'exported from Arroyo',
      },
    ];
    const path = file('arroyo.json', JSON.stringify(arroyo, null, 2));
    const applied = await cli(['profiles', 'apply', path, '--detailed-exitcode']);
    expect(applied.code, applied.stderr).toBe(2);
    expect(applied.stdout).toContain('+ arroyo-cache (redis)');
    const shown = JSON.parse((await cli(['profiles', 'show', 'arroyo-cache', '--show-secrets', '--json'])).stdout);
    expect(shown.config).toEqual({ address: 'redis://arroyo-cache:6379', password: SECRET });
    const again = await cli(['profiles', 'apply', path, '--detailed-exitcode']);
    expect([again.code, again.stdout]).toEqual([0, 'nothing to change: 1 profile(s) unchanged\n']);
  }, 120_000);

  it('--dry-run prints the diff with secrets masked and writes nothing', async () => {
    const cli = freshStore();
    expect((await cli(['profiles', 'apply', file('dry-1.yaml', yamlProfiles('redis://cache-1:6379', SECRET))])).code).toBe(0);
    const next = file(
      'dry-2.yaml',
      `${yamlProfiles('redis://cache-9:6379', NEW_SECRET)}  - name: extra\n    connector: redis\n    config:\n      address: redis://extra:6379\n`,
    );
    const dry = await cli(['profiles', 'apply', next, '--dry-run', '--detailed-exitcode']);
    expect(dry.code, dry.stderr).toBe(2);
    expect(dry.stdout).toBe(
      [
        '+ extra (redis)',
        '~ cache',
        '    config.address: "redis://cache-1:6379" → "redis://cache-9:6379"',
        '    config.password: "********" → "********"',
        'dry run, nothing written: 1 to create, 1 to update, 0 to delete, 1 unchanged',
        '',
      ].join('\n'),
    );
    const dryJson = await cli(['profiles', 'apply', next, '--dry-run', '--json']);
    expect(JSON.parse(dryJson.stdout).updated).toEqual([{ name: 'cache', changed: ['config.address', 'config.password'] }]);
    for (const run of [dry, dryJson]) {
      expect(run.stdout + run.stderr).not.toContain(SECRET);
      expect(run.stdout + run.stderr).not.toContain(NEW_SECRET);
    }
    // Nothing written: no 'extra', and 'cache' as it was.
    expect(await names(cli)).toEqual(['cache', 'events']);
    const cache = JSON.parse((await cli(['profiles', 'show', 'cache', '--show-secrets', '--json'])).stdout);
    expect(cache).toMatchObject({ version: 1, config: { address: 'redis://cache-1:6379', password: SECRET } });
  }, 120_000);

  it('--prune deletes what the file lacks, and only with --prune', async () => {
    const cli = freshStore();
    expect((await cli(['profiles', 'apply', file('prune-1.yaml', yamlProfiles('redis://cache-1:6379', SECRET))])).code).toBe(0);
    const onlyCache = file(
      'prune-2.yaml',
      '- name: cache\n  connector: redis\n  description: the session cache\n  config:\n    address: redis://cache-1:6379\n',
    );
    const kept = await cli(['profiles', 'apply', onlyCache, '--json']);
    expect(JSON.parse(kept.stdout)).toEqual({ created: [], updated: [], deleted: [], unchanged: ['cache'] });
    expect(await names(cli)).toEqual(['cache', 'events']);
    const pruned = await cli(['profiles', 'apply', onlyCache, '--prune', '--detailed-exitcode']);
    expect(pruned.code, pruned.stderr).toBe(2);
    expect(pruned.stdout).toBe('- events (kafka)\napplied: 0 created, 0 updated, 1 deleted, 1 unchanged\n');
    expect(await names(cli)).toEqual(['cache']);
    // The password the file left out of its section kept its stored value, as `profiles update` keeps it.
    expect(JSON.parse((await cli(['profiles', 'show', 'cache', '--show-secrets', '--json'])).stdout).config.password).toBe(SECRET);
  }, 120_000);

  it('--prune refuses to delete a profile a table uses, names the table, and writes nothing of the plan', async () => {
    const cli = freshStore();
    expect((await cli(['profiles', 'apply', file('use-1.yaml', yamlProfiles('redis://cache-1:6379', SECRET))])).code).toBe(0);
    const sql = file(
      'use-sink.sql',
      "CREATE TABLE totals (k STRING) WITH (connection_profile = 'cache', type = 'sink', target = 'string', 'target.key_prefix' = 't:');",
    );
    const registered = await cli(['resolve', sql, '--register']);
    expect(registered.code, registered.stdout + registered.stderr).toBe(0);
    // The file lacks 'cache' (in use), changes 'events' and adds 'fresh': none of it may be written.
    const next = file(
      'use-2.yaml',
      [
        '- name: events',
        '  connector: kafka',
        '  description: changed',
        '  config: {bootstrap_servers: "k9:9092"}',
        '- name: fresh',
        '  connector: redis',
        '  config: {address: "redis://fresh:6379"}',
        '',
      ].join('\n'),
    );
    const refused = await cli(['profiles', 'apply', next, '--prune']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(errors(refused.stderr)).toBe(
      "ddl-profiles: PROFILE_IN_USE: profile 'cache' is used by table(s) 'totals'; drop them or move them to another profile first\n",
    );
    const json = await cli(['profiles', 'apply', next, '--prune', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'PROFILE_IN_USE', details: { profile: 'cache', tables: ['totals'] } } });
    expect(await names(cli)).toEqual(['cache', 'events']);
    const events = JSON.parse((await cli(['profiles', 'show', 'events', '--json'])).stdout);
    expect([events.version, events.description, events.config.bootstrap_servers]).toEqual([1, null, 'k1:9092,k2:9092']);
    // The dry run plans it all; the refusal comes when it is applied.
    const dry = await cli(['profiles', 'apply', next, '--prune', '--dry-run', '--json']);
    expect(JSON.parse(dry.stdout)).toMatchObject({ created: ['fresh'], deleted: ['cache'] });
  }, 120_000);

  it('refuses a profile that is not valid by name, before writing any of the file', async () => {
    const cli = freshStore();
    const path = file(
      'invalid.yaml',
      '- name: good\n  connector: redis\n  config: {address: "redis://good:6379"}\n- name: bad\n  connector: kafka\n  config: {bootstrap_servers: 42, nope: 1}\n',
    );
    const run = await cli(['profiles', 'apply', path]);
    expect(run.code).toBe(1);
    expect(errors(run.stderr)).toMatch(/^ddl-profiles: PROFILE_INVALID: profile 'bad' is not valid: /);
    expect(await names(cli)).toEqual([]);
    const twice = file(
      'twice.yaml',
      '- {name: a, connector: redis, config: {address: "redis://a:6379"}}\n- {name: a, connector: redis, config: {address: "redis://b:6379"}}\n',
    );
    const duplicate = await cli(['profiles', 'apply', twice]);
    expect([duplicate.code, errors(duplicate.stderr)]).toEqual([
      1,
      "ddl-profiles: PROFILE_INVALID: profile 'a' is not valid: INVALID_VALUE name: the list names profile 'a' more than once\n",
    ]);
  }, 120_000);

  it('reports a bad file by line and column, or by what it should hold, with no stack trace and no store opened', async () => {
    const cli = freshStore();
    const cases: Array<[string, string, string]> = [
      ['bad.yaml', `- name: cache\n  config: {address: "${SECRET}"\n`, 'bad.yaml:3:1: not valid YAML ('],
      ['bad.json', `[{"name": "cache", "config": {"password": "${SECRET}",}}]`, 'bad.json:1:65: not valid JSON (PropertyNameExpected)'],
      [
        'template.yaml',
        '- name: cache\n  connector: redis\n  config:\n    password: {{ REDIS_PASSWORD }}\n',
        "template.yaml:4:16: a mapping as a key: quote a {{ NAME }} template in YAML ('{{ NAME }}')",
      ],
      ['scalar.yaml', 'just: text\n', 'scalar.yaml must hold a list of profile bodies, or {profiles: [...]}'],
      ['shape.yaml', '- name: cache\n', 'shape.yaml[0] must be a profile body {name, connector, config, overridable?, description?}'],
      ['two.yaml', '- a\n---\n- b\n', 'two.yaml:2:1: not valid YAML (it holds more than one YAML document)'],
    ];
    for (const [name, text, message] of cases) {
      const path = file(name, text);
      const run = await cli(['profiles', 'apply', path]);
      expect(run.code, name).toBe(2);
      expect(run.stderr, name).toContain(`ddl-profiles: ${join(work, message)}`);
      expect(run.stderr.split('\n').length, name).toBe(2);
      expect(run.stderr, name).not.toMatch(/\n\s+at /);
      expect(run.stderr + run.stdout, name).not.toContain(SECRET);
    }
    expect((await cli(['profiles', 'apply', join(work, 'missing.yaml')])).stderr).toContain('no such file');
    expect((await cli(['profiles', 'apply'])).code).toBe(2);
    expect(existsSync(cli.store)).toBe(false);
  }, 120_000);

  it('takes --env-file as profiles create does: the template is stored as written, never its value', async () => {
    const cli = freshStore();
    const path = file('env.yaml', yamlProfiles('redis://cache-1:6379', '{{ REDIS_PASSWORD }}'));
    const env = file('apply.env', 'REDIS_PASSWORD=from-env-file-5d1c\nKAFKA_PASSWORD=kafka-from-env-77\n');
    const applied = await cli(['profiles', 'apply', path, '--env-file', env]);
    expect(applied.code, applied.stderr).toBe(0);
    const shown = await cli(['profiles', 'show', 'cache', '--show-secrets', '--json']);
    expect(JSON.parse(shown.stdout).config.password).toBe('{{ REDIS_PASSWORD }}');
    const again = await cli(['profiles', 'apply', path, '--env-file', env, '--detailed-exitcode']);
    expect([again.code, again.stdout]).toEqual([0, 'nothing to change: 2 profile(s) unchanged\n']);
    for (const run of [applied, again]) expect(run.stdout + run.stderr).not.toMatch(/from-env-file|kafka-from-env/);
  }, 120_000);
});
