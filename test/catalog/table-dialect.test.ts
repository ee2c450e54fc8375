import { describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { closedAfterEach } from '../support/closed-after-each.js';
import { storeBackends } from '../support/store-backends.js';

// One kafka profile, used by an Arroyo table and a Flink table. The Flink table sets a
// Kafka client setting the profile owns, which the profile lets tables override (in its
// own key, the connection property); Arroyo's table sets nothing of the profile's.
const SSL_CHECK = 'properties.ssl.endpoint.identification.algorithm';
const events = {
  name: 'events',
  connector: 'kafka',
  config: { bootstrap_servers: 'kafka-1:9092' },
  overridable: ['connection_properties.ssl.endpoint.identification.algorithm'],
};
const ARROYO =
  "CREATE TABLE arroyo_orders (id BIGINT) WITH (connection_profile = 'events', topic = 'orders', format = 'json', type = 'source')";
const FLINK = `CREATE TABLE flink_orders (id BIGINT) USING CONNECTION events WITH ('connector' = 'kafka', 'topic' = 'orders', 'format' = 'json',
  'type' = 'source', 'properties.group.id' = 'readers', '${SSL_CHECK}' = '')`;

async function withBothTables(catalog: Catalog): Promise<void> {
  await catalog.profiles.create(events);
  expect((await catalog.resolve(ARROYO, { register: true })).errors).toEqual([]);
  expect((await catalog.resolve(FLINK, { dialect: 'flink', register: true })).errors).toEqual([]);
}

describe.each(storeBackends())('a table keeps its dialect on $name', (backend) => {
  const fresh = closedAfterEach(async () => openCatalog(await backend.options()));

  it('stores each table with the dialect it was written in, and lists both on one profile', async () => {
    const catalog = await fresh();
    await withBothTables(catalog);
    const { items } = await catalog.tables.list({ profile: 'events' });
    expect(items.map((t) => [t.name, t.dialect, t.config])).toEqual([
      ['arroyo_orders', 'arroyo', { type: 'source', topic: 'orders', format: 'json' }],
      ['flink_orders', 'flink', { type: 'source', topic: 'orders', format: 'json', 'properties.group.id': 'readers', [SSL_CHECK]: '' }],
    ]);
  });

  it('refuses to delete the profile, naming the tables of both dialects', async () => {
    const catalog = await fresh();
    await withBothTables(catalog);
    const refused = await catalog.profiles.delete('events').catch((e) => e);
    expect([refused.code, refused.details.tables]).toEqual(['PROFILE_IN_USE', ['arroyo_orders', 'flink_orders']]);
    expect((await catalog.profiles.get('events')).version).toBe(1);
  });

  it("refuses an update that breaks the Flink table, judged by Flink's connector, and says why", async () => {
    const catalog = await fresh();
    await withBothTables(catalog);
    // Taking back the override: Arroyo's table still merges; Flink's now sets a key its profile owns.
    const refused = await catalog.profiles.update('events', { overridable: [], version: 1 }).catch((e) => e);
    expect([refused.code, refused.details.tables]).toEqual(['TABLE_INVALID', ['flink_orders']]);
    expect(refused.details.problems.flink_orders).toEqual([
      expect.stringMatching(new RegExp(`^OPTION_CONFLICT ${SSL_CHECK.replaceAll('.', '\\.')}: `)),
    ]);
    expect((await catalog.profiles.get('events')).overridable).toEqual(events.overridable);
  });

  it('takes an update both tables survive, and merges each from the new profile in its own keys', async () => {
    const catalog = await fresh();
    await withBothTables(catalog);
    await catalog.profiles.update('events', { config: { bootstrap_servers: 'kafka-2:9092' }, version: 1 });
    expect((await catalog.tables.merged('flink_orders')).config).toMatchObject({ bootstrap_servers: 'kafka-2:9092' });
    const flink = await catalog.resolve(FLINK.replace('flink_orders', 'again'), { dialect: 'flink' });
    expect(flink.tables[0].sql).toContain("'properties.bootstrap.servers' = 'kafka-2:9092'");
  });

  it('registers a Flink table through tables.register, refusing one that Flink would refuse', async () => {
    const catalog = await fresh();
    await catalog.profiles.create({ name: 'bare', connector: 'kafka', config: { bootstrap_servers: 'kafka-1:9092' } });
    const input = { name: 'reader', profile: 'bare', dialect: 'flink' as const, options: { topic: 't', format: 'json', type: 'source' } };
    const refused = await catalog.tables.register(input).catch((e) => e);
    expect(refused.code).toBe('TABLE_INVALID');
    expect(refused.details.problems.map((e: { code: string; key?: string }) => [e.code, e.key])).toEqual([
      ['MISSING_OPTION', 'properties.group.id'],
    ]);
    const stored = await catalog.tables.register({ ...input, options: { ...input.options, 'properties.group.id': 'g' } });
    expect([stored.dialect, stored.config['properties.group.id']]).toEqual(['flink', 'g']);
    // In Arroyo's dialect, a Flink key is an unknown option.
    const arroyo = await catalog.tables
      .register({ ...input, name: 'arroyo', dialect: undefined, options: { ...input.options, 'properties.group.id': 'g' } })
      .catch((e) => e);
    expect([arroyo.code, arroyo.details.problems[0].code, arroyo.details.problems[0].key]).toEqual([
      'TABLE_INVALID',
      'UNKNOWN_OPTION',
      'properties.group.id',
    ]);
    expect((await catalog.tables.list()).items.map((t) => [t.name, t.dialect])).toEqual([['reader', 'flink']]);
  });

  it("keeps a Flink source's group.id in its profile: registers on it, and refuses an update that takes it away", async () => {
    const catalog = await fresh();
    const grouped = {
      name: 'grouped',
      connector: 'kafka',
      config: { bootstrap_servers: 'kafka-1:9092', connection_properties: { 'group.id': 'readers' } },
    };
    await catalog.profiles.create(grouped);
    const reader = {
      name: 'reader',
      profile: 'grouped',
      dialect: 'flink' as const,
      options: { topic: 't', format: 'json', type: 'source' },
    };
    expect((await catalog.tables.register(reader)).dialect).toBe('flink');
    const refused = await catalog.profiles.update('grouped', { config: { bootstrap_servers: 'kafka-1:9092' }, version: 1 }).catch((e) => e);
    expect([refused.code, refused.details.tables]).toEqual(['TABLE_INVALID', ['reader']]);
    expect(refused.details.problems.reader).toEqual([
      "MISSING_OPTION properties.group.id: Property group.id is required when using committed offsets (scan.startup.mode 'group-offsets', the default)",
    ]);
    expect((await catalog.profiles.get('grouped')).config).toMatchObject({ connection_properties: { 'group.id': 'readers' } });
  });
});
