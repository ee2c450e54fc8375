import type { ProfileRepository } from './profile-repository.js';
import type { StoredProfile } from './stored-records.js';

/** How many profiles (and names known to be absent) a cache keeps, over all tenants. */
export const PROFILE_CACHE_LIMIT = 5_000;

/** What a cached fetch did: sent a query to the store, or answered from the cache after its stamp check. */
export type ProfileCacheEvent = 'query' | 'hit';

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
 * the store's secret box already holds decrypted, and logs nothing.
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
        this.touch(tenant, cached);
        return present(names.map((name) => cached.byName.get(name)));
      }
    }
    tally('query');
    const { stamp, profiles } = await this.repository.fetchStamped(tenant, names);
    this.keep(tenant, stamp, names, profiles);
    return profiles;
  }

  /** Keeps what one statement read at `stamp`: added to the tenant's entry at that stamp, or replacing an entry of another stamp. */
  private keep(tenant: string, stamp: string | null, names: readonly string[], profiles: readonly StoredProfile[]): void {
    let entry = this.tenants.get(tenant);
    if (entry?.stamp !== stamp) {
      this.drop(tenant);
      entry = { stamp, byName: new Map() };
    }
    const byName = new Map(profiles.map((p) => [p.name, p]));
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
