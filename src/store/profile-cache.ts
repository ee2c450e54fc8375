import { deepFreeze } from '../json/index.js';
import type { ProfileRepository } from './profile-repository.js';
import type { StoredProfile } from './stored-records.js';

/** How many profiles (and names known to be absent) a cache keeps, over all tenants. */
export const PROFILE_CACHE_LIMIT = 5_000;

/** How many nextTick turns a speculation gives its stamp query to reach the wire. */
const SEND_TURNS = 8;

/** What a cached fetch did: sent a query to the store, or answered from the cache after its stamp check. */
export type ProfileCacheEvent = 'query' | 'hit';

/**
 * One resolve's speculative fetch (see {@link ProfileCache.speculate}): the profiles, and
 * afterwards whether they were current.
 *
 * @example
 * ```ts
 * const speculation = await cache.speculate('acme');
 * const profiles = await speculation?.fetchProfiles(['cache']);
 * if (speculation && !(await speculation.confirmed())) await cache.fetch('acme', ['cache']);
 * ```
 */
export interface ProfileSpeculation {
  fetchProfiles(names: readonly string[]): Promise<StoredProfile[]>;
  confirmed(): Promise<boolean>;
}

/** One tenant's cached profiles: each fetched name, null when the store has none of it. */
interface TenantProfiles {
  stamp: string | null;
  byName: Map<string, StoredProfile | null>;
}

/**
 * The profiles a store has fetched for resolving, mapped and decrypted, kept per tenant
 * and checked at every fetch against the tenant's stamp, which a trigger renews in the
 * transaction of every write of the tenant's profiles (from this process, another one, or
 * plain SQL). A fetch whose names are all cached costs one trivial query (the stamp);
 * when the stamp moved, or a name is new, the names are fetched again with the stamp, in
 * one statement. So a write committed anywhere is seen by the next fetch, and a store that
 * does not answer still fails the fetch. Bounded: past {@link PROFILE_CACHE_LIMIT} entries
 * (profiles and absent names), the least recently used tenants are dropped. It holds what
 * the store's secret box already holds decrypted, frozen (a caller that changes one gets a
 * TypeError, not a cache changed for every later resolve), and logs nothing.
 *
 * @example
 * ```ts
 * const cache = new ProfileCache(store.profiles);
 * await cache.fetch('acme', ['cache', 'kafka-prod'], (event) => counts[event]++);
 * ```
 */
export class ProfileCache {
  private readonly tenants = new Map<string, TenantProfiles>();
  private size = 0;

  constructor(
    private readonly repository: ProfileRepository,
    private readonly limit = PROFILE_CACHE_LIMIT,
  ) {}

  /** The tenant's profiles of these names, as the store holds them now; unknown names are absent. */
  async fetch(tenant: string, names: readonly string[], tally: (event: ProfileCacheEvent) => void = () => {}): Promise<StoredProfile[]> {
    const cached = this.tenants.get(tenant);
    if (cached && names.every((name) => cached.byName.has(name))) {
      tally('query');
      if ((await this.repository.stampOf(tenant)) === cached.stamp) {
        tally('hit');
        // Another fetch may have replaced the entry meanwhile: only the one kept is touched.
        if (this.tenants.get(tenant) === cached) this.touch(tenant, cached);
        return present(names.map((name) => cached.byName.get(name)));
      }
    }
    tally('query');
    const { stamp, profiles } = await this.repository.fetchStamped(tenant, names);
    this.keep(tenant, stamp, names, profiles);
    return profiles;
  }

  /**
   * For one resolve while the tenant has profiles cached: the stamp query is sent (this
   * resolves once it is on the wire), and `fetchProfiles` answers names that are all cached
   * without waiting for it, so the query travels while the resolve works; `confirmed()` then says whether the stamp was the one
   * those profiles were read at (a store that does not answer rejects it). If not, the
   * tenant's entry is dropped and the caller resolves again with {@link ProfileCache.fetch}.
   * Names not all cached are fetched as `fetch` does, checked by their own statement.
   * Undefined when nothing is cached for the tenant.
   */
  async speculate(tenant: string, tally: (event: ProfileCacheEvent) => void = () => {}): Promise<ProfileSpeculation | undefined> {
    const entry = this.tenants.get(tenant);
    if (!entry) return undefined;
    tally('query');
    const stamp = this.repository.stampOf(tenant);
    stamp.catch(() => undefined); // awaited by confirmed(); a resolve that throws first never asks
    // A few turns of the nextTick and promise queues, where the pool hands over an idle
    // connection and the driver writes the query (two were enough, measured): the query is
    // then on the wire before the resolve's work begins. Not a turn of the event loop: there
    // V8 runs the collection earlier work left owed, and a resolve after it was charged with
    // 1.5-2 x the scavenges of one without it (BENCHMARKS.md, "Store").
    for (let turn = 0; turn < SEND_TURNS; turn++) await new Promise((resume) => process.nextTick(resume));
    let answered = false;
    return {
      fetchProfiles: async (names) => {
        if (!names.every((name) => entry.byName.has(name))) return this.fetch(tenant, names, tally);
        answered = true;
        return present(names.map((name) => entry.byName.get(name)));
      },
      confirmed: async () => {
        const current = await stamp;
        if (!answered) return true;
        const kept = this.tenants.get(tenant) === entry;
        if (current !== entry.stamp) {
          if (kept) this.drop(tenant);
          return false;
        }
        tally('hit');
        if (kept) this.touch(tenant, entry);
        return true;
      },
    };
  }

  /** Keeps what one statement read at `stamp`: added to the tenant's entry at that stamp, or replacing an entry of another stamp. */
  private keep(tenant: string, stamp: string | null, names: readonly string[], profiles: readonly StoredProfile[]): void {
    let entry = this.tenants.get(tenant);
    if (entry?.stamp !== stamp) {
      this.drop(tenant);
      entry = { stamp, byName: new Map() };
    }
    // Frozen: every resolve shares them, so no caller can change them for the next one.
    const byName = new Map(profiles.map((p) => [p.name, deepFreeze(p)]));
    for (const name of names) {
      if (!entry.byName.has(name)) this.size++;
      entry.byName.set(name, byName.get(name) ?? null);
    }
    this.touch(tenant, entry);
    for (const oldest of this.tenants.keys()) {
      if (this.size <= this.limit) break;
      this.drop(oldest);
    }
  }

  /** Marks a tenant as the most recently used. */
  private touch(tenant: string, entry: TenantProfiles): void {
    this.tenants.delete(tenant);
    this.tenants.set(tenant, entry);
  }

  private drop(tenant: string): void {
    this.size -= this.tenants.get(tenant)?.byName.size ?? 0;
    this.tenants.delete(tenant);
  }
}

function present(profiles: ReadonlyArray<StoredProfile | null | undefined>): StoredProfile[] {
  return profiles.filter((p): p is StoredProfile => p != null);
}
