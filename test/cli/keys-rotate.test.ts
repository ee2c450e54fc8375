import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../support/postgres-server.mjs';
import { runCli } from '../support/run-cli.js';

const CANARY = 'canary-rotate-7c31';
const PROFILE = JSON.stringify({
  name: 'prod',
  connector: 'kafka',
  config: {
    bootstrap_servers: 'kafka-1:9092',
    authentication: { sasl_mechanism: 'PLAIN', username: 'svc', password: CANARY },
  },
});
/** A table with its own secret, registered through `resolve --register`. */
const INLINE_TABLE =
  "CREATE TABLE cache_sink (id TEXT) WITH (connector = 'redis', address = 'redis://cache:6379', password = '" +
  `${CANARY}-table` +
  "', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'c:');";

let work: string;
let postgres: PostgresServer;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ddl-keys-'));
  postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.dispose();
  rmSync(work, { recursive: true, force: true });
});

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: work, env });

/** The key id every encrypted value of a stored config names (`{"$encrypted": "v1.<id>.…"}`). */
function keyIdsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/"v1\.(k[0-9a-f]{12})\./g)].map((m) => m[1]))];
}

/** Every stored config of a PGlite directory, read with PGlite itself (the CLI has exited, so the directory is free). */
async function pgliteConfigs(dir: string): Promise<string> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  try {
    const profiles = await db.query<{ c: string }>('select config::text as c from connection_profiles');
    const tables = await db.query<{ c: string }>('select config::text as c from connection_tables');
    return [...profiles.rows, ...tables.rows].map((r) => r.c).join('\n');
  } finally {
    await db.close();
  }
}

async function postgresConfigs(url: string): Promise<string> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query(
      'select config::text as c from connection_profiles union all select config::text as c from connection_tables',
    );
    return rows.rows.map((r: { c: string }) => r.c).join('\n');
  } finally {
    await client.end();
  }
}

/** Creates the profile and the inline table with the CLI, under the store options given. */
async function seed(store: string[], env: Record<string, string> = {}): Promise<string> {
  writeFileSync(join(work, 'profile.json'), PROFILE);
  writeFileSync(join(work, 'inline.sql'), INLINE_TABLE);
  const created = await cli(['profiles', 'create', 'profile.json', ...store], env);
  expect(created.stderr).not.toContain(CANARY);
  expect(created.code).toBe(0);
  const registered = await cli(['resolve', 'inline.sql', '--register', ...store], env);
  expect(registered.code).toBe(0);
  return created.stderr;
}

describe('ddl-profiles keys rotate', () => {
  it('on a PGlite directory: every row re-encrypted under a new key written beside it; the old key then refused, naming the new id', async () => {
    const dir = join(work, 'store');
    const store = ['--store', dir];
    const notice = await seed(store);
    expect(notice).toContain(`${dir}.key`); // the generated key, said once
    const oldKey = readFileSync(`${dir}.key`, 'utf8').trim();
    writeFileSync(join(work, 'old.key'), `${oldKey}\n`, { mode: 0o600 });
    const [oldId] = keyIdsIn(await pgliteConfigs(dir));
    expect(oldId).toMatch(/^k[0-9a-f]{12}$/);

    const rotated = await cli(['keys', 'rotate', ...store]);
    expect(rotated.stderr).toBe('');
    expect(rotated.code).toBe(0);
    const said =
      /^re-encrypted 1 profile\(s\) and 1 table\(s\) under key (k[0-9a-f]{12}) \(in (.*)\); key (k[0-9a-f]{12}) is no longer needed$/.exec(
        rotated.stdout.trim(),
      );
    expect(said?.slice(2)).toEqual([`${dir}.key`, oldId]);
    const newId = said![1];
    expect(newId).not.toBe(oldId);
    // The key file beside the directory holds the new key, still owner-only; every stored value names it.
    expect(readFileSync(`${dir}.key`, 'utf8').trim()).not.toBe(oldKey);
    expect(statSync(`${dir}.key`).mode & 0o777).toBe(0o600);
    const stored = await pgliteConfigs(dir);
    expect(keyIdsIn(stored)).toEqual([newId]);
    expect(stored).not.toContain(CANARY);

    // The new key (beside the directory) reads the rows back.
    const shown = await cli(['profiles', 'show', 'prod', '--show-secrets', '--json', ...store]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).config.authentication.password).toBe(CANARY);

    // The old key is refused with a clear error naming the key the rows need, and no secret.
    const refused = await cli(['profiles', 'show', 'prod', ...store, '--secret-key-file', join(work, 'old.key')]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('SECRET_KEY_UNKNOWN');
    expect(refused.stderr).toContain(`encrypted under key ${newId}, and this store was given key ${oldId}`);
    expect(refused.stderr).not.toContain(CANARY);
    expect(refused.stderr).not.toContain(oldKey);
  }, 300_000);

  it('on PostgreSQL: the key given is replaced by --new-key-file; the old key is then refused, naming the new id', async () => {
    const pg = await import('pg');
    const admin = new pg.default.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('create database keys_rotate');
    await admin.end();
    const url = postgres.url.replace(/\/postgres$/, '/keys_rotate');
    const oldKey = randomBytes(32).toString('base64');
    writeFileSync(join(work, 'pg-old.key'), `${oldKey}\n`, { mode: 0o600 });
    const store = ['--database-url', url];
    await seed([...store, '--secret-key-file', join(work, 'pg-old.key')]);
    const [oldId] = keyIdsIn(await postgresConfigs(url));

    // A key given (not kept beside a directory) needs the new key named.
    const unnamed = await cli(['keys', 'rotate', ...store], { DDL_PROFILES_SECRET_KEY: oldKey });
    expect(unnamed.code).not.toBe(0);
    expect(unnamed.stderr).not.toContain(CANARY);
    expect(keyIdsIn(await postgresConfigs(url))).toEqual([oldId]);

    const newKeyFile = join(work, 'pg-new.key');
    const rotated = await cli(['keys', 'rotate', ...store, '--new-key-file', newKeyFile, '--json'], { DDL_PROFILES_SECRET_KEY: oldKey });
    expect(rotated.stderr).toBe('');
    expect(rotated.code).toBe(0);
    const rotation = JSON.parse(rotated.stdout);
    expect(rotation).toMatchObject({ previousKeyId: oldId, profiles: 1, tables: 1 });
    expect(rotation.keyId).not.toBe(oldId);
    expect(rotated.stdout).not.toContain(CANARY);
    expect(statSync(newKeyFile).mode & 0o777).toBe(0o600); // generated, owner-only
    const stored = await postgresConfigs(url);
    expect(keyIdsIn(stored)).toEqual([rotation.keyId]);
    expect(stored).not.toContain(CANARY);

    const shown = await cli(['profiles', 'show', 'prod', '--show-secrets', '--json', ...store, '--secret-key-file', newKeyFile]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).config.authentication.password).toBe(CANARY);
    const refused = await cli(['profiles', 'show', 'prod', ...store], { DDL_PROFILES_SECRET_KEY: oldKey });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('SECRET_KEY_UNKNOWN');
    expect(refused.stderr).toContain(`encrypted under key ${rotation.keyId}`);
    expect(refused.stderr).not.toContain(CANARY);
    const none = await cli(['profiles', 'show', 'prod', ...store]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`encrypted under key ${rotation.keyId}, and this store was given no secret key`);
  }, 300_000);
});
