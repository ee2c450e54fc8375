import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCatalog, type CatalogOptions } from '../../src/index.js';
import { storeBackends, tempDir } from '../support/store-backends.js';

const CANARY = 'canary-at-rest-4d1f';
const newKey = () => randomBytes(32).toString('base64');

const profile = {
  name: 'prod',
  connector: 'kafka',
  config: {
    bootstrap_servers: 'kafka-1:9092',
    authentication: { sasl_mechanism: 'PLAIN', username: 'svc', password: CANARY },
    schema_registry: { endpoint: 'https://registry:8081', api_key: 'k', api_secret: `${CANARY}-registry` },
    connection_properties: {
      'sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required password="${CANARY}";`,
      'linger.ms': '5',
    },
  },
  overridable: ['connection_properties.*'],
};
/** A table with a secret of its own, inline. */
const inlineTable = {
  name: 'inline',
  connector: 'redis',
  options: {
    address: 'redis://cache:6379',
    password: `${CANARY}-table`,
    type: 'sink',
    format: 'json',
    target: 'string',
    'target.key_prefix': 'i:',
  },
};
/** A Flink SQL table with its JAAS line (and so its password) inline: sealed by Flink's Kafka connector's sensitive keys. */
const flinkInlineTable = {
  name: 'flink-inline',
  connector: 'kafka',
  dialect: 'flink' as const,
  options: {
    'properties.bootstrap.servers': 'kafka-1:9092',
    'properties.security.protocol': 'SASL_PLAINTEXT',
    'properties.sasl.mechanism': 'PLAIN',
    'properties.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="svc" password="${CANARY}-flink";`,
    topic: 'f',
    format: 'json',
    type: 'sink',
  },
};

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe.each(storeBackends())('secrets at rest on $name', (backend) => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  /** Where a fresh store lives: a new PGlite directory, or a new PostgreSQL database; no key. */
  const freshWhere = async (): Promise<CatalogOptions> => {
    if (backend.name === 'pglite') {
      const dir = tempDir('ddl-at-rest-');
      dirs.push(dir);
      return { path: join(dir, 'store') };
    }
    const { url } = await backend.options();
    return { url };
  };
  /** Every stored byte that could hold a secret: the PGlite directory's files, or a dump of the PostgreSQL tables. */
  const storedText = async (where: CatalogOptions): Promise<string> => {
    if (where.path)
      return filesUnder(where.path)
        .map((file) => readFileSync(file).toString('latin1'))
        .join('\n');
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: where.url });
    await client.connect();
    try {
      const rows = await client.query(
        "SELECT string_agg(row_to_json(p)::text, E'\\n') AS p, (SELECT string_agg(row_to_json(t)::text, E'\\n') FROM connection_tables t) AS t FROM connection_profiles p",
      );
      return `${rows.rows[0].p}\n${rows.rows[0].t}`;
    } finally {
      await client.end();
    }
  };

  it('keeps no secret of a profile or a table in plain text in the store, and reads them back', async () => {
    const where = await freshWhere();
    const notices: string[] = [];
    const key = newKey();
    const options = { ...where, ...(backend.name === 'postgres' ? { secretKey: key } : {}), onNotice: (m: string) => notices.push(m) };
    const catalog = await openCatalog(options);
    await catalog.profiles.create(profile);
    await catalog.tables.register(inlineTable);
    await catalog.tables.register({
      name: 'orders',
      profile: 'prod',
      options: { topic: 'o', format: 'json', 'connection_properties.sasl.jaas.config': `x password="${CANARY}-override";` },
    });
    const flink = await catalog.tables.register(flinkInlineTable);
    expect([flink.dialect, flink.config['properties.sasl.jaas.config']]).toEqual(['flink', '********']);
    await catalog.profiles.update('prod', {
      config: { ...profile.config, authentication: { ...profile.config.authentication, password: `${CANARY}-v2` } },
      version: 1,
    });
    const shown = await catalog.profiles.get('prod', { showSecrets: true });
    expect(shown.config).toMatchObject({
      authentication: { password: `${CANARY}-v2` },
      schema_registry: { api_secret: `${CANARY}-registry` },
    });
    expect((await catalog.tables.get('inline', { showSecrets: true })).config.password).toBe(`${CANARY}-table`);
    expect((await catalog.tables.get('flink-inline', { showSecrets: true })).config['properties.sasl.jaas.config']).toBe(
      flinkInlineTable.options['properties.sasl.jaas.config'],
    );
    const resolved = await catalog.resolve("CREATE TABLE t (id INT) WITH (connection_profile = 'prod', topic = 't', format = 'json');", {
      showSecrets: true,
    });
    expect(resolved.tables[0].config).toMatchObject({ authentication: { password: `${CANARY}-v2` } });
    await catalog.close();
    const all = await storedText(where);
    expect(all.length).toBeGreaterThan(1000);
    expect(all).toContain('kafka-1:9092'); // the dump is real: what is not secret is there to see
    expect(all.split(CANARY).length - 1).toBe(0);
    if (backend.name === 'pglite') {
      // The generated key file sits beside the directory, never inside it, readable by its owner only; said once.
      const keyFile = `${where.path}.key`;
      expect(dirname(keyFile)).toBe(dirname(where.path!));
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(keyFile);
      const again = await openCatalog({ ...where, onNotice: (m) => notices.push(m) });
      expect((await again.profiles.get('prod', { showSecrets: true })).config).toMatchObject({
        authentication: { password: `${CANARY}-v2` },
      });
      await again.close();
      expect(notices).toHaveLength(1);
    }
  }, 60_000);

  it('rotates every row to a new key in one go; the old key works until then, and not after', async () => {
    const where = await freshWhere();
    const oldKey = newKey();
    const first = await openCatalog({ ...where, secretKey: oldKey });
    await first.profiles.create(profile);
    await first.forTenant('other').profiles.create({ ...profile, name: 'elsewhere' });
    await first.tables.register(inlineTable);
    const oldId = first.secretKeyId;
    const next = newKey();
    const rotation = await first.rotateSecretKey(next);
    expect(rotation).toMatchObject({ previousKeyId: oldId, profiles: 2, tables: 1 });
    expect(rotation.keyId).not.toBe(oldId);
    // This process keeps reading, and now writes under the new key.
    expect((await first.profiles.get('prod', { showSecrets: true })).config).toMatchObject({ authentication: { password: CANARY } });
    await first.close();
    const withNew = await openCatalog({ ...where, secretKey: next });
    expect((await withNew.forTenant('other').profiles.get('elsewhere', { showSecrets: true })).config).toMatchObject({
      authentication: { password: CANARY },
    });
    expect((await withNew.tables.get('inline', { showSecrets: true })).config.password).toBe(`${CANARY}-table`);
    await withNew.close();
    const withOld = await openCatalog({ ...where, secretKey: oldKey });
    const refused = await withOld.profiles.get('prod').catch((e) => e);
    await withOld.close();
    expect(refused).toMatchObject({ code: 'SECRET_KEY_UNKNOWN', details: { keyId: rotation.keyId } });
    expect(refused.message).toContain(`encrypted under key ${rotation.keyId}`);
  }, 60_000);

  it('refuses a wrong key and a missing key with an error naming the key, never garbage', async () => {
    const where = await freshWhere();
    const key = newKey();
    const writer = await openCatalog({ ...where, secretKey: key });
    await writer.profiles.create(profile);
    const keyId = writer.secretKeyId;
    await writer.close();
    const wrong = await openCatalog({ ...where, secretKey: newKey() });
    for (const read of [
      () => wrong.profiles.get('prod'),
      () => wrong.profiles.list(),
      () => wrong.resolve("CREATE TABLE t (id INT) WITH (connection_profile = 'prod', topic = 't', format = 'json');"),
    ]) {
      const error = await read().catch((e) => e);
      expect(error).toMatchObject({ code: 'SECRET_KEY_UNKNOWN', details: { keyId } });
      expect(error.message).toContain(keyId);
      expect(error.message).not.toContain(CANARY);
    }
    await wrong.close();
    // No key: PostgreSQL has none; the PGlite directory (whose key was given, so none sits
    // beside it) makes itself a new one. Either way the old rows say which key they need.
    const missing = await openCatalog({ ...where, onNotice: () => undefined });
    const error = await missing.profiles.get('prod').catch((e) => e);
    expect(error).toMatchObject({ code: 'SECRET_KEY_UNKNOWN', details: { keyId } });
    if (backend.name === 'postgres') {
      expect(error.message).toContain('this store was given no secret key');
      const refused = await missing.profiles.create({ ...profile, name: 'plain' }).catch((e) => e);
      expect(refused).toMatchObject({ code: 'SECRET_KEY_REQUIRED' });
      expect(refused.message).not.toContain(CANARY);
      await missing.profiles.create({ name: 'no-secret', connector: 'kafka', config: { bootstrap_servers: 'k:9092' } });
    }
    await missing.close();
    if (backend.name === 'postgres') {
      const plaintext = await openCatalog({ ...where, allowPlaintextSecrets: true });
      await plaintext.profiles.create({ ...profile, name: 'plain' });
      expect((await plaintext.profiles.get('plain', { showSecrets: true })).config).toMatchObject({ authentication: { password: CANARY } });
      await plaintext.close();
    }
  }, 60_000);
});
