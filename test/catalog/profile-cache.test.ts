import { describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { storeBackends } from '../support/store-backends.js';
import { closedAfterEach } from '../support/closed-after-each.js';

const kafka = (servers: string, password = 'pw-1') => ({
  name: 'prod',
  connector: 'kafka',
  config: { bootstrap_servers: servers, authentication: { sasl_mechanism: 'PLAIN', username: 'u', password } },
});
const orders = "CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'prod', topic = 'orders', format = 'json', type = 'source');";

/** What one resolve of `orders` gave, and what it cost the catalog: store queries, and whether the cache answered. */
async function resolveOrders(catalog: Catalog) {
  const { profileQueries, profileCacheHits } = catalog.stats;
  const result = await catalog.resolve(orders, { showSecrets: true });
  return {
    errors: result.errors.map((e) => e.code),
    config: result.tables[0]?.config,
    queries: catalog.stats.profileQueries - profileQueries,
    hit: catalog.stats.profileCacheHits - profileCacheHits === 1,
  };
}

describe.each(storeBackends())('resolving through the profile cache on $name', (backend) => {
  const opened = closedAfterEach(openCatalog);
  /** Catalogs on one database: on PostgreSQL each is its own process's view (its own pool and cache). */
  const catalogs = async (count: number) => {
    const where = await backend.options();
    const catalogs: Catalog[] = [];
    for (let i = 0; i < count; i++) catalogs.push(await opened(where));
    return catalogs;
  };

  it('resolves unchanged profiles with one query and from the cache; a write through the catalog is seen by the next resolve', async () => {
    const [catalog] = await catalogs(1);
    await catalog.profiles.create(kafka('k1:9092'));
    expect(await resolveOrders(catalog)).toMatchObject({ errors: [], queries: 1, hit: false, config: { bootstrap_servers: 'k1:9092' } });
    const cached = await resolveOrders(catalog);
    expect(cached).toMatchObject({ errors: [], queries: 1, hit: true, config: { bootstrap_servers: 'k1:9092' } });
    expect(cached.config).toMatchObject({ authentication: { password: 'pw-1' } });
    // A caller that changes what a resolve gave back changes nothing the cache holds.
    (cached.config as { authentication: { password: string } }).authentication.password = 'changed by the caller';
    expect((await resolveOrders(catalog)).config).toMatchObject({ authentication: { password: 'pw-1' } });
    // Nor does one that changes a profile its source handed out: the cached profiles are frozen.
    const [shared] = await catalog.profileSource().fetchProfiles(['prod']);
    expect(() => {
      (shared.config.authentication as { password: string }).password = 'changed by the caller';
    }).toThrow(TypeError);
    expect((await resolveOrders(catalog)).config).toMatchObject({ authentication: { password: 'pw-1' } });

    await catalog.profiles.update('prod', { config: kafka('k2:9092', 'pw-2').config, version: 1 });
    expect(await resolveOrders(catalog)).toMatchObject({ queries: 2, hit: false, config: { bootstrap_servers: 'k2:9092' } });
    expect((await resolveOrders(catalog)).config).toMatchObject({ authentication: { password: 'pw-2' } });
    await catalog.profiles.delete('prod');
    expect(await resolveOrders(catalog)).toMatchObject({ errors: ['PROFILE_NOT_FOUND'], hit: false });
    // A misspelt name's suggestions cost one more query, counted.
    expect(await resolveOrders(catalog)).toMatchObject({ errors: ['PROFILE_NOT_FOUND'], queries: 2, hit: true });
  });

  if (backend.name === 'postgres') {
    it("sees another process's write at its next resolve: two catalogs on one database", async () => {
      const [reader, writer] = await catalogs(2);
      await writer.profiles.create(kafka('k1:9092'));
      await resolveOrders(reader);
      expect(await resolveOrders(reader)).toMatchObject({ hit: true, config: { bootstrap_servers: 'k1:9092' } });
      await writer.profiles.update('prod', { config: kafka('k2:9092', 'pw-2').config, version: 1 });
      expect(await resolveOrders(reader)).toMatchObject({ hit: false, config: { bootstrap_servers: 'k2:9092' } });
      expect((await resolveOrders(reader)).config).toMatchObject({ authentication: { password: 'pw-2' } });
      await writer.profiles.delete('prod');
      expect(await resolveOrders(reader)).toMatchObject({ hit: false, errors: ['PROFILE_NOT_FOUND'] });
      await writer.profiles.create(kafka('k3:9092'));
      expect(await resolveOrders(reader)).toMatchObject({ hit: false, errors: [], config: { bootstrap_servers: 'k3:9092' } });
      // A script naming a profile not cached yet: checked and fetched, two queries.
      await writer.profiles.create({ name: 'cache', connector: 'redis', config: { address: 'redis://c1:6379' } });
      const both = await reader.resolve(
        `${orders}\nCREATE TABLE hits (k TEXT) WITH (connection_profile = 'cache', type = 'sink', target = 'string', 'target.key_prefix' = 'h:');`,
      );
      expect(both.tables.map((t) => t.config.bootstrap_servers ?? t.config.address)).toEqual(['k3:9092', 'redis://c1:6379']);
      // What a resolve registers comes from the profiles as they are now, not as they were cached.
      await resolveOrders(reader);
      await writer.profiles.delete('prod');
      await writer.profiles.create({ name: 'prod', connector: 'redis', config: { address: 'redis://c2:6379' } });
      const registered = await reader.resolve(orders, { register: true });
      expect(registered.errors.length).toBeGreaterThan(0);
      expect((await reader.tables.list()).total).toBe(0);
      await writer.profiles.delete('prod');
      await writer.profiles.create(kafka('k3:9092'));
      expect(await resolveOrders(reader)).toMatchObject({ hit: false, config: { bootstrap_servers: 'k3:9092' } });
      // Another tenant's write leaves this tenant's cache in use.
      await writer.forTenant('other').profiles.create(kafka('k9:9092'));
      expect(await resolveOrders(reader)).toMatchObject({ hit: true, config: { bootstrap_servers: 'k3:9092' } });
    });

    it('never answers from the cache past what the store says: a key rotated elsewhere, or a store that is down', async () => {
      const [reader, writer] = await catalogs(2);
      await writer.profiles.create(kafka('k1:9092'));
      await resolveOrders(reader);
      expect(await resolveOrders(reader)).toMatchObject({ hit: true });
      // The writer rotates to a key the reader was never given: the reader cannot read the rows now, and says so.
      await writer.rotateSecretKey(Buffer.alloc(32, 11).toString('base64'));
      const refused = await reader.resolve(orders).catch((e) => e);
      expect(refused).toMatchObject({ code: 'SECRET_KEY_UNKNOWN' });
      expect(JSON.stringify(refused)).not.toContain('pw-1');
      await resolveOrders(writer);
      expect(await resolveOrders(writer)).toMatchObject({ hit: true, config: { authentication: { password: 'pw-1' } } });
      await backend.server!().stop();
      try {
        await expect(writer.resolve(orders)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      } finally {
        await backend.server!().start();
      }
    });
  }
});
