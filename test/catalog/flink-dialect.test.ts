import { describe, expect, it } from 'vitest';
import { openCatalog } from '../../src/index.js';
import { closedAfterEach } from '../support/closed-after-each.js';
import { storeBackends } from '../support/store-backends.js';

const jdbc = {
  name: 'warehouse',
  connector: 'jdbc',
  config: { url: 'jdbc:postgresql://127.0.0.1:5432/shop', username: 'reader', password: 'pg-canary-57' },
};
const kafka = { name: 'events', connector: 'kafka', config: { bootstrap_servers: 'kafka-1:9092' } };

describe.each(storeBackends())('a catalog resolving Flink SQL on $name', (backend) => {
  const fresh = closedAfterEach(async () => openCatalog(await backend.options()));

  it('stores a Flink-only jdbc profile with its password sealed, and resolves Flink tables against the same profiles', async () => {
    const catalog = await fresh();
    await catalog.profiles.create(jdbc);
    await catalog.profiles.create(kafka);
    expect((await catalog.profiles.get('warehouse')).config).toMatchObject({ password: '********' });
    const sql = `CREATE TABLE orders (id BIGINT) WITH ('connector' = 'jdbc', 'connection_profile' = 'warehouse', 'table-name' = 'orders');
CREATE TABLE clicks (id BIGINT) USING CONNECTION events WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json', 'type' = 'sink');`;
    const { tables, errors } = await catalog.resolve(sql, { dialect: 'flink' });
    expect(errors).toEqual([]);
    expect(tables.map((t) => [t.table, t.connector, t.profile])).toEqual([
      ['orders', 'jdbc', 'warehouse'],
      ['clicks', 'kafka', 'events'],
    ]);
    expect(tables[0].sql).toContain("'password' = '********'");
    expect(tables[1].sql).toContain("'properties.bootstrap.servers' = 'kafka-1:9092'");
    // The same kafka profile serves an Arroyo table.
    const arroyo = await catalog.resolve(
      "CREATE TABLE c (id BIGINT) WITH (connection_profile = 'events', topic = 'c', format = 'json', type = 'sink')",
    );
    expect(arroyo.errors).toEqual([]);
    expect(arroyo.tables[0].sql).toContain("'bootstrap_servers' = 'kafka-1:9092'");
  });

  it('registers a Flink script as Flink tables, all or none, and judges each stored table by its own dialect', async () => {
    const catalog = await fresh();
    await catalog.profiles.create(kafka);
    const sql =
      "CREATE TABLE clicks (id BIGINT) WITH ('connector' = 'kafka', 'connection_profile' = 'events', 'topic' = 'clicks', 'format' = 'json', 'type' = 'sink', 'sink.partitioner' = 'fixed')";
    const flink = await catalog.resolve(sql, { dialect: 'flink', register: true });
    expect(flink.errors).toEqual([]);
    const stored = await catalog.tables.get('clicks');
    expect([stored.dialect, stored.connector, stored.profileName, stored.config]).toEqual([
      'flink',
      'kafka',
      'events',
      { type: 'sink', topic: 'clicks', format: 'json', 'sink.partitioner': 'fixed' },
    ]);
    // The same options in Arroyo's dialect are Flink's keys: refused, and nothing is registered.
    const wrong = await catalog.resolve(sql.replace('clicks', 'clicks2'), { register: true });
    expect(wrong.errors.map((e) => e.code)).toContain('UNKNOWN_OPTION');
    expect((await catalog.tables.list()).items.map((t) => [t.name, t.dialect])).toEqual([['clicks', 'flink']]);
  });
});
