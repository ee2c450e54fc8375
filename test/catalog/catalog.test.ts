import { describe, expect, it } from 'vitest';
import { openCatalog, type ProfileDefinition } from '../../src/index.js';
import { storeBackends, TEST_SECRET_KEY } from '../support/store-backends.js';
import { closedAfterEach } from '../support/closed-after-each.js';

const kafka: ProfileDefinition = {
  name: 'production-kafka',
  connector: 'kafka',
  config: {
    bootstrap_servers: 'kafka-broker:9092',
    authentication: { sasl_mechanism: 'PLAIN', username: 'user', password: 'secret-canary-91' },
  },
};
const orders =
  "CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'production-kafka', topic = 'orders', format = 'json', type = 'source', 'source.offset' = 'earliest');";

describe('opening a catalog', () => {
  it('refuses a url or path given but empty, rather than silently keeping everything in memory', async () => {
    for (const options of [{ url: undefined }, { url: '' }, { path: undefined }, { path: '' }]) {
      await expect(openCatalog(options)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('given but empty'),
      });
    }
  });
});

describe.each(storeBackends())('catalog on $name', (backend) => {
  const fresh = closedAfterEach(async (tenant?: string) => openCatalog({ ...(await backend.options()), ...(tenant ? { tenant } : {}) }));

  it('validates profiles on create and returns them redacted unless asked', async () => {
    const catalog = await fresh();
    const created = await catalog.profiles.create(kafka);
    expect(created.config).toEqual({
      bootstrap_servers: 'kafka-broker:9092',
      authentication: { sasl_mechanism: 'PLAIN', username: 'user', password: '********' },
    });
    expect((await catalog.profiles.get('production-kafka', { showSecrets: true })).config).toMatchObject({
      authentication: { password: 'secret-canary-91' },
    });
    expect(JSON.stringify(await catalog.profiles.list())).not.toContain('secret-canary-91');
    const invalid = await catalog.profiles
      .create({ name: 'bad', connector: 'kafka', config: { bootstrap_servers: 'no-port', tls: { key: 'k', bogus: 1 } } })
      .catch((e) => e);
    expect(invalid).toMatchObject({ code: 'PROFILE_INVALID' });
    expect(invalid.details.problems.map((p: { key: string }) => p.key).sort()).toEqual(['bootstrap_servers', 'tls.bogus']);
    await expect(catalog.profiles.create({ ...kafka, name: 'has space' })).rejects.toMatchObject({ code: 'PROFILE_INVALID' });
    await expect(catalog.profiles.create({ ...kafka, connector: 'kafak' })).rejects.toMatchObject({
      code: 'PROFILE_INVALID',
      details: { problems: [{ code: 'UNKNOWN_CONNECTOR', suggestion: 'kafka' }] },
    });
  });

  it('resolves with one profile query, and registers all tables or none', async () => {
    const catalog = await fresh();
    await catalog.profiles.create(kafka);
    await catalog.profiles.create({ name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } });
    const script = `${orders}\nCREATE TABLE totals (k TEXT) WITH (connection_profile = 'cache', type = 'sink', target = 'string', 'target.key_prefix' = 't:');`;
    const before = catalog.stats.profileQueries;
    const result = await catalog.resolve(script, { register: true });
    expect(result.errors).toEqual([]);
    expect(catalog.stats.profileQueries - before).toBe(1);
    const tables = await catalog.tables.list();
    expect(tables.items.map((t) => [t.name, t.profileName, t.config])).toEqual([
      ['orders', 'production-kafka', { topic: 'orders', format: 'json', type: 'source', 'source.offset': 'earliest' }],
      ['totals', 'cache', { type: 'sink', target: 'string', 'target.key_prefix': 't:' }],
    ]);
    const broken = await catalog.resolve(
      "CREATE TABLE a (x INT) WITH (connection_profile = 'cache', type = 'sink', target = 'string', 'target.key_prefix' = 'a:');\nCREATE TABLE b (x INT) WITH (connection_profile = 'nope');",
      { register: true },
    );
    expect(broken.errors.map((e) => e.code)).toEqual(['PROFILE_NOT_FOUND']);
    expect((await catalog.tables.list()).total).toBe(2);
    await expect(catalog.resolve(orders, { register: true })).rejects.toMatchObject({ code: 'TABLE_EXISTS' });
  });

  it('registers a script again: IF NOT EXISTS keeps a registered table, a plain CREATE TABLE fails the whole script', async () => {
    const catalog = await fresh();
    await catalog.profiles.create(kafka);
    const twice = (name: string, topic: string) =>
      `CREATE TABLE IF NOT EXISTS ${name} (id BIGINT) WITH (connection_profile = 'production-kafka', topic = '${topic}', format = 'json');`;
    const first = await catalog.resolve(twice('orders', 'orders') + twice('refunds', 'refunds'), { register: true });
    expect(first.tables.map((t) => t.ifNotExists)).toEqual([true, true]);
    const again = await catalog.resolve(twice('orders', 'orders-v2') + twice('returns', 'returns'), { register: true });
    expect(again.errors).toEqual([]);
    const rows = (await catalog.tables.list()).items.map((t) => [t.name, t.config.topic]);
    expect(rows).toEqual([
      ['orders', 'orders'],
      ['refunds', 'refunds'],
      ['returns', 'returns'],
    ]);
    await expect(catalog.resolve(orders + twice('late', 'late'), { register: true })).rejects.toMatchObject({ code: 'TABLE_EXISTS' });
    expect((await catalog.tables.list()).total).toBe(3);
  });

  it('refuses an update that would break a table, naming it, and allows one that does not', async () => {
    const catalog = await fresh();
    const created = await catalog.profiles.create({ ...kafka, overridable: ['connection_properties.*'] });
    await catalog.resolve(orders.replace(');', ", 'connection_properties.linger.ms' = '5');"), { register: true });
    const error = await catalog.profiles.update('production-kafka', { overridable: [], version: created.version }).catch((e) => e);
    expect(error).toMatchObject({ code: 'TABLE_INVALID', details: { tables: ['orders'] } });
    expect(error.message).toContain("'orders'");
    expect(error.details.problems.orders[0]).toContain('OPTION_CONFLICT');
    const moved = await catalog.profiles.update('production-kafka', {
      config: { ...kafka.config, bootstrap_servers: 'kafka-2:9092' },
      version: created.version,
    });
    expect(moved.version).toBe(created.version + 1);
    await expect(catalog.profiles.update('production-kafka', { config: kafka.config, version: created.version })).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    const merged = await catalog.tables.merged('orders');
    expect(merged.config.bootstrap_servers).toBe('kafka-2:9092');
  });

  it('refuses to delete a profile that tables use, then deletes it once they are dropped', async () => {
    const catalog = await fresh();
    await catalog.profiles.create(kafka);
    await catalog.tables.register({ name: 'orders', profile: 'production-kafka', options: { topic: 'orders', format: 'json' } });
    await expect(
      catalog.tables.register({ name: 'bad', profile: 'production-kafka', options: { topic: 'x', format: 'xml' } }),
    ).rejects.toMatchObject({ code: 'TABLE_INVALID' });
    await expect(catalog.profiles.delete('production-kafka')).rejects.toMatchObject({
      code: 'PROFILE_IN_USE',
      details: { tables: ['orders'] },
    });
    await catalog.tables.drop('orders');
    await catalog.profiles.delete('production-kafka');
    await expect(catalog.profiles.get('production-kafka')).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
  });

  it('never lets one tenant see or resolve another tenant\u2019s profiles', async () => {
    const acme = await fresh('acme');
    await acme.profiles.create(kafka);
    const globex = acme.forTenant('globex');
    await expect(globex.profiles.get('production-kafka')).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    const result = await globex.resolve(orders);
    expect(result.errors).toMatchObject([{ code: 'PROFILE_NOT_FOUND' }]);
    expect((await acme.resolve(orders)).tables).toHaveLength(1);
  });

  if (backend.name === 'postgres') {
    it('runs on a Kysely instance the host application owns, and leaves it open', async () => {
      const { Kysely, PostgresDialect } = await import('kysely');
      const pg = await import('pg');
      const db = new Kysely<any>({
        dialect: new PostgresDialect({ pool: new pg.default.Pool({ connectionString: (await backend.options()).url }) }),
      });
      try {
        const catalog = await openCatalog({ db, secretKey: TEST_SECRET_KEY });
        await catalog.profiles.create(kafka);
        expect((await catalog.resolve(orders)).tables).toHaveLength(1);
        await catalog.close();
        const rows = await db.selectFrom('connection_profiles').select('name').execute();
        expect(rows).toEqual([{ name: 'production-kafka' }]);
      } finally {
        await db.destroy();
      }
    });
  }

  it('keeps a secret sent back as ******** or left out of its section, removes it on null, replaces it on a real value', async () => {
    const catalog = await fresh();
    const body = {
      ...kafka,
      name: 'round-trip',
      config: { ...kafka.config, connection_properties: { 'sasl.jaas.config': 'jaas-canary-12', 'linger.ms': '5' } },
    };
    const read = await catalog.profiles.create(body);
    const secretsOf = async () => (await catalog.profiles.get('round-trip', { showSecrets: true })).config as any;
    // What a GET returned, written back as it is: nothing is lost.
    expect(read.config).toMatchObject({
      authentication: { password: '********' },
      connection_properties: { 'sasl.jaas.config': '********' },
    });
    const v2 = await catalog.profiles.update('round-trip', {
      config: { ...read.config, bootstrap_servers: 'k2:9092' },
      version: read.version,
    });
    expect(await secretsOf()).toMatchObject({
      bootstrap_servers: 'k2:9092',
      authentication: { password: 'secret-canary-91' },
      connection_properties: { 'sasl.jaas.config': 'jaas-canary-12' },
    });
    // Left out of a section that is sent: kept.
    const v3 = await catalog.profiles.update('round-trip', {
      config: {
        bootstrap_servers: 'k3:9092',
        authentication: { sasl_mechanism: 'PLAIN', username: 'user2' },
        connection_properties: { 'linger.ms': '10' },
      },
      version: v2.version,
    });
    expect(await secretsOf()).toMatchObject({
      authentication: { username: 'user2', password: 'secret-canary-91' },
      connection_properties: { 'sasl.jaas.config': 'jaas-canary-12', 'linger.ms': '10' },
    });
    // A real value replaces; null removes.
    const v4 = await catalog.profiles.update('round-trip', {
      config: {
        bootstrap_servers: 'k3:9092',
        authentication: { sasl_mechanism: 'PLAIN', username: 'user2', password: 'new-pw' },
        connection_properties: { 'sasl.jaas.config': null } as any,
      },
      version: v3.version,
    });
    const after = await secretsOf();
    expect(after.authentication.password).toBe('new-pw');
    expect(after.connection_properties).toEqual({});
    expect(v4.version).toBe(4);
    // The marker is not a value: where nothing is stored, it is refused.
    const refused = await catalog.profiles
      .create({ name: 'marker', connector: 'redis', config: { address: 'redis://c:6379', password: '********' } })
      .catch((e) => e);
    expect(refused).toMatchObject({ code: 'PROFILE_INVALID', details: { problems: [{ code: 'INVALID_VALUE', key: 'password' }] } });
    const redis = await catalog.profiles.create({ name: 'no-pw', connector: 'redis', config: { address: 'redis://c:6379' } });
    await expect(
      catalog.profiles.update('no-pw', { config: { address: 'redis://c:6379', password: '********' }, version: redis.version }),
    ).rejects.toMatchObject({ code: 'PROFILE_INVALID' });
  });

  it('shows a stored table with the same redaction as a profile: inline secrets and secret overrides as ********', async () => {
    const catalog = await fresh();
    await catalog.profiles.create({ ...kafka, overridable: ['connection_properties.*'] });
    const inline = await catalog.tables.register({
      name: 'inline',
      connector: 'redis',
      options: {
        address: 'redis://c:6379',
        password: 'table-canary-31',
        type: 'sink',
        format: 'json',
        target: 'string',
        'target.key_prefix': 'i:',
      },
    });
    const override = await catalog.tables.register({
      name: 'orders',
      profile: 'production-kafka',
      options: { topic: 'o', format: 'json', 'connection_properties.sasl.jaas.config': 'jaas-canary-32' },
    });
    expect(inline.config).toMatchObject({ password: '********', address: 'redis://c:6379' });
    expect(override.config).toMatchObject({ 'connection_properties.sasl.jaas.config': '********', topic: 'o' });
    const shown = JSON.stringify([await catalog.tables.list(), await catalog.tables.get('inline'), await catalog.tables.get('orders')]);
    expect(shown).not.toMatch(/table-canary-31|jaas-canary-32/);
    expect((await catalog.tables.get('inline', { showSecrets: true })).config.password).toBe('table-canary-31');
    expect((await catalog.tables.merged('orders')).config).toMatchObject({
      connection_properties: { 'sasl.jaas.config': 'jaas-canary-32' },
    });
  });

  it('imports profiles all or nothing', async () => {
    const catalog = await fresh();
    await catalog.profiles.create(kafka);
    await expect(catalog.profiles.createMany([{ ...kafka, name: 'new-one' }, kafka])).rejects.toMatchObject({ code: 'PROFILE_EXISTS' });
    expect((await catalog.profiles.list()).items.map((p) => p.name)).toEqual(['production-kafka']);
    await catalog.profiles.createMany([
      { ...kafka, name: 'new-one' },
      { ...kafka, name: 'new-two' },
    ]);
    expect((await catalog.profiles.list()).total).toBe(3);
  });
});
