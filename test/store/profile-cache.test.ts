import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openStore, ProfileCache, type ProfileCacheEvent, type Store } from '../../src/store/index.js';
import { storeBackends, TEST_SECRET_KEY } from '../support/store-backends.js';
import { closedAfterEach } from '../support/closed-after-each.js';

const kafka = (name: string, servers = 'k:9092') => ({ name, connector: 'kafka', config: { bootstrap_servers: servers } });
const secretPaths = (connector: string) => (connector === 'kafka' ? [['password']] : []);

/** A cache over a store, and what each fetch did: `['query', 'hit']` (answered after the stamp check) or `['query']`. */
function watched(store: Store, limit?: number) {
  const cache = new ProfileCache(store.profiles, limit);
  return async (tenant: string, names: string[]) => {
    const events: ProfileCacheEvent[] = [];
    const profiles = await cache.fetch(tenant, names, (e) => events.push(e));
    const servers = Object.fromEntries(profiles.map((p) => [p.name, p.config.bootstrap_servers]));
    return { events, servers, profiles };
  };
}

describe.each(storeBackends())('the profile cache on $name', (backend) => {
  const fresh = closedAfterEach(async () =>
    openStore({ ...(await backend.options()), secretKey: TEST_SECRET_KEY, sensitivePaths: secretPaths }),
  );

  it('answers unchanged profiles after one stamp query, and sees every write of them, whichever path made it', async () => {
    const store = await fresh();
    const fetch = watched(store);
    await store.profiles.create('acme', kafka('a', 'a1:9092'));
    expect(await fetch('acme', ['a', 'b'])).toMatchObject({ events: ['query'], servers: { a: 'a1:9092' } });
    expect(await fetch('acme', ['a', 'b'])).toMatchObject({ events: ['query', 'hit'], servers: { a: 'a1:9092' } });
    expect(await fetch('acme', ['b'])).toMatchObject({ events: ['query', 'hit'], servers: {} });

    // Each write below renews the stamp in its own transaction: the next fetch reads again.
    const writes: Array<[string, () => Promise<unknown>, Record<string, string>]> = [
      ['create the absent name', () => store.profiles.create('acme', kafka('b', 'b1:9092')), { a: 'a1:9092', b: 'b1:9092' }],
      ['update', () => store.profiles.update('acme', 'a', { config: { bootstrap_servers: 'a2:9092' } }, 1), { a: 'a2:9092', b: 'b1:9092' }],
      ['delete', () => store.profiles.delete('acme', 'b'), { a: 'a2:9092' }],
      ['create many', () => store.profiles.createMany('acme', [kafka('b', 'b2:9092')]), { a: 'a2:9092', b: 'b2:9092' }],
      [
        "an operator's SQL",
        () => sql`update connection_profiles set config = '{"bootstrap_servers":"a3:9092"}' where name = 'a'`.execute(store.db),
        { a: 'a3:9092', b: 'b2:9092' },
      ],
      ['a key rotation', () => store.rotateSecretKey(Buffer.alloc(32, 9).toString('base64')), { a: 'a3:9092', b: 'b2:9092' }],
      ['a truncate', () => sql`truncate connection_profiles cascade`.execute(store.db), {}],
    ];
    for (const [write, run, servers] of writes) {
      const stamp = await store.profiles.stampOf('acme');
      await run();
      expect({ write, stamp: await store.profiles.stampOf('acme') }).not.toEqual({ write, stamp });
      expect({ write, ...(await fetch('acme', ['a', 'b'])) }).toMatchObject({ write, events: ['query', 'query'], servers });
      expect({ write, ...(await fetch('acme', ['a', 'b'])) }).toMatchObject({ write, events: ['query', 'hit'], servers });
    }
  });

  it("keeps a tenant's cache through another tenant's writes, and a failed write changes nothing", async () => {
    const store = await fresh();
    const fetch = watched(store);
    await store.profiles.create('acme', kafka('a'));
    await fetch('acme', ['a']);
    await store.profiles.create('globex', kafka('a', 'globex:9092'));
    await expect(store.profiles.create('acme', kafka('a'))).rejects.toMatchObject({ code: 'PROFILE_EXISTS' });
    await expect(store.profiles.update('acme', 'a', { description: 'x' }, 7)).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(await fetch('acme', ['a'])).toMatchObject({ events: ['query', 'hit'], servers: { a: 'k:9092' } });
    expect(await fetch('globex', ['a'])).toMatchObject({ events: ['query'], servers: { a: 'globex:9092' } });
  });

  it('hands back profiles with their secrets decrypted, and keeps a stamp for a tenant never written', async () => {
    const store = await fresh();
    const fetch = watched(store);
    expect(await store.profiles.stampOf('nobody')).toBeNull();
    expect(await fetch('nobody', ['x'])).toMatchObject({ events: ['query'], servers: {} });
    expect(await fetch('nobody', ['x'])).toMatchObject({ events: ['query', 'hit'], servers: {} });
    await store.profiles.create('nobody', { ...kafka('x'), config: { bootstrap_servers: 'k:9092', password: 'pw-1' } });
    const raw = await store.db.selectFrom('connection_profiles').select('config').where('name', '=', 'x').executeTakeFirstOrThrow();
    expect(JSON.stringify(raw.config)).not.toContain('pw-1');
    const { events, profiles } = await fetch('nobody', ['x']);
    expect(events).toEqual(['query', 'query']); // the stamp moved: read again
    expect(profiles[0].config).toEqual({ bootstrap_servers: 'k:9092', password: 'pw-1' });
  });

  it('speculates only with profiles cached, answers from them, and confirms them against the stamp read after', async () => {
    const store = await fresh();
    const cache = new ProfileCache(store.profiles);
    const events: ProfileCacheEvent[] = [];
    const tally = (e: ProfileCacheEvent) => events.push(e);
    await store.profiles.create('acme', kafka('a', 'a1:9092'));
    expect(await cache.speculate('acme', tally)).toBeUndefined(); // nothing cached: the caller fetches
    await cache.fetch('acme', ['a'], tally);

    const current = (await cache.speculate('acme', tally))!;
    expect((await current.fetchProfiles(['a'])).map((p) => p.config.bootstrap_servers)).toEqual(['a1:9092']);
    expect(await current.confirmed()).toBe(true);

    await store.profiles.update('acme', 'a', { config: { bootstrap_servers: 'a2:9092' } }, 1);
    const stale = (await cache.speculate('acme', tally))!;
    // Answered at once from what is cached; the stamp, read after the write, says it is stale.
    expect((await stale.fetchProfiles(['a'])).map((p) => p.config.bootstrap_servers)).toEqual(['a1:9092']);
    expect(await stale.confirmed()).toBe(false);
    expect(events).toEqual(['query', 'query', 'hit', 'query']);
    // The stale entry is gone: the next fetch reads the store, with no stamp check first.
    events.length = 0;
    expect((await cache.fetch('acme', ['a'], tally)).map((p) => p.config.bootstrap_servers)).toEqual(['a2:9092']);
    expect(events).toEqual(['query']);

    // A name not cached is fetched as fetch() does, and needs no confirmation.
    events.length = 0;
    const wider = (await cache.speculate('acme', tally))!;
    expect((await wider.fetchProfiles(['a', 'b'])).map((p) => p.name)).toEqual(['a']);
    expect(await wider.confirmed()).toBe(true);
    expect(events).toEqual(['query', 'query']);
  });

  it('is bounded: past its limit (profiles and absent names) the least recently used tenants go', async () => {
    const store = await fresh();
    const fetch = watched(store, 3);
    for (const tenant of ['acme', 'globex']) await store.profiles.createMany(tenant, [kafka('a'), kafka('b')]);
    await fetch('acme', ['a', 'b']);
    await fetch('globex', ['a', 'b']); // 4 > 3: acme goes
    expect((await fetch('globex', ['a', 'b'])).events).toEqual(['query', 'hit']);
    expect((await fetch('acme', ['a', 'b'])).events).toEqual(['query']); // globex goes
    expect((await fetch('acme', ['a'])).events).toEqual(['query', 'hit']);
    expect((await fetch('globex', ['a'])).events).toEqual(['query']);
    // Names a script asks for that do not exist count too, so they cannot grow it without bound.
    const absent = ['n1', 'n2', 'n3', 'n4'];
    expect((await fetch('initech', absent)).events).toEqual(['query']);
    expect((await fetch('initech', absent)).events).toEqual(['query']);
  });
});
