import { describe, expect, it } from 'vitest';
import { type Catalog, openCatalog, type ProfileDefinition } from '../../src/index.js';
import { closedAfterEach } from '../support/closed-after-each.js';
import { storeBackends } from '../support/store-backends.js';

/**
 * `catalog.profiles.sync`: the plan, and its one transaction on both store backends. A
 * step refused inside the transaction (a delete of a profile in use, an update that
 * would break a table) leaves every other step of the plan unwritten.
 */
const SECRET = 'sync-secret-canary-3b9d';
const kafka = (overridable: string[] = []): ProfileDefinition => ({
  name: 'events',
  connector: 'kafka',
  config: { bootstrap_servers: 'k1:9092', authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: SECRET } },
  overridable,
});
const cache: ProfileDefinition = { name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } };
const fresh: ProfileDefinition = { name: 'fresh', connector: 'redis', config: { address: 'redis://fresh:6379' } };
// The table overrides bootstrap_servers, which only the profile's overridable allows.
const orders =
  "CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'events', bootstrap_servers = 'k2:9092', topic = 'orders', format = 'json', type = 'source');";

async function state(catalog: Catalog) {
  const { items } = await catalog.profiles.list({}, { showSecrets: true });
  return items.map((p) => ({ name: p.name, version: p.version, config: p.config, overridable: p.overridable }));
}

describe.each(storeBackends())('profiles sync on $name', (backend) => {
  const open = closedAfterEach(async () => openCatalog(await backend.options()));

  it('plans creates, updates and unchanged profiles with secrets masked, and applies them', async () => {
    const catalog = await open();
    const first = await catalog.profiles.sync([kafka(), cache]);
    expect(first).toMatchObject({ applied: true, create: [{ name: 'events' }, { name: 'cache' }], update: [], unchanged: [] });
    const next = {
      ...kafka(),
      config: { ...kafka().config, authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: 'other' } },
    };
    const plan = await catalog.profiles.sync([next, cache], { dryRun: true });
    expect(plan).toEqual({
      create: [],
      update: [
        { name: 'events', connector: 'kafka', changes: [{ key: 'config.authentication.password', before: '********', after: '********' }] },
      ],
      delete: [],
      unchanged: ['cache'],
      applied: false,
    });
    expect(JSON.stringify(plan)).not.toContain(SECRET);
    expect((await catalog.profiles.sync([next, cache])).applied).toBe(true);
    expect((await catalog.profiles.get('events', { showSecrets: true })).config).toMatchObject({ authentication: { password: 'other' } });
  });

  it('writes none of the plan when a pruned profile is in use, and names its tables', async () => {
    const catalog = await open();
    const spare = { ...cache, name: 'a-spare' };
    await catalog.profiles.sync([kafka(['bootstrap_servers']), cache, spare]);
    expect((await catalog.resolve(orders, { register: true })).errors).toEqual([]);
    const before = await state(catalog);
    // Written in order: 'fresh' created, 'cache' updated, 'a-spare' deleted, then 'events' refused: all rolled back.
    const refused = await catalog.profiles.sync([{ ...cache, description: 'changed' }, fresh], { prune: true }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'PROFILE_IN_USE', details: { profile: 'events', tables: ['orders'] } });
    expect(await state(catalog)).toEqual(before);
    // A connector change replaces the profile: refused as well while a table uses it.
    const replaced = await catalog.profiles.sync([{ ...cache, name: 'events' }, fresh]).catch((e) => e);
    expect(replaced).toMatchObject({ code: 'PROFILE_IN_USE', details: { profile: 'events', tables: ['orders'] } });
    expect(await state(catalog)).toEqual(before);
  });

  it('writes none of the plan when an update would break a table using the profile', async () => {
    const catalog = await open();
    await catalog.profiles.sync([kafka(['bootstrap_servers']), cache]);
    expect((await catalog.resolve(orders, { register: true })).errors).toEqual([]);
    const before = await state(catalog);
    // 'fresh' created and 'cache' updated first; then the change to 'events' is refused, and all rolled back.
    const refused = await catalog.profiles.sync([{ ...cache, description: 'changed' }, fresh, kafka([])]).catch((e) => e);
    expect(refused).toMatchObject({ code: 'TABLE_INVALID', details: { profile: 'events', tables: ['orders'] } });
    expect(Object.keys(refused.details.problems)).toEqual(['orders']);
    expect(await state(catalog)).toEqual(before);
  });
});
