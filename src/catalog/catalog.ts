import type { Kysely } from 'kysely';
import { createFlinkRegistry, createRegistry, type ConnectorRegistry, type Dialect } from '../connectors/index.js';
import {
  dialectOption,
  resolve,
  type ResolveOptions,
  type ResolveResult,
  type TemplateEnv,
  type UnknownConnectors,
} from '../resolve/index.js';
import {
  openStore,
  type KeyRotation,
  type ProfileCache,
  type ProfileCacheEvent,
  type Store,
  type StoredProfile,
  type StoreOptions,
} from '../store/index.js';
import type { ProfileDefinition, ProfileSource } from '../store/profile-source.js';
import type { TestOptions, TestResult, TestTargets } from '../testing/index.js';
import { testProfile } from './test-profile.js';
import { tableRegistryOf, targetsOf, type CatalogContext } from './catalog-context.js';
import { definitionOf } from './profile-definition.js';
import { ProfileService } from './profile-service.js';
import { profileRegistry } from './profile-registry.js';
import { sensitivePathsOf } from './sensitive-paths.js';
import { TableService } from './table-service.js';

/**
 * Where a catalog keeps its profiles and what it resolves with.
 *
 * - none of `path`, `url`, `db`: embedded PGlite in memory;
 * - `path`: a PGlite data directory; `url`: PostgreSQL; `db`: a Kysely instance you own.
 * - `tenant`: the tenant every call is scoped to (default `default`).
 * - `env`: the environment for `{{ NAME }}` templates when a call gives none.
 * - `testTargets`: the hosts live tests may reach (CIDRs, host patterns) and how many.
 * - `secretKey`, `secretKeyFile`, `allowPlaintextSecrets`, `onNotice`: how secrets are
 *   encrypted at rest (see {@link StoreOptions}).
 * - `unknownConnectors`: what `resolve` does with a table of a connector nobody registered
 *   when a call does not say (default `error`; see {@link UnknownConnectors}).
 *
 * @example
 * ```ts
 * const catalog = await openCatalog({ url: process.env.DATABASE_URL, tenant: 'acme', env: process.env });
 * ```
 */
export interface CatalogOptions extends Omit<StoreOptions, 'sensitivePaths'> {
  path?: string;
  url?: string;
  db?: Kysely<any>;
  tenant?: string;
  registry?: ConnectorRegistry;
  /** The connectors of Flink SQL tables (default: the built-in ones, `createFlinkRegistry()`). */
  flinkRegistry?: ConnectorRegistry;
  env?: TemplateEnv;
  /** The hosts every live test may reach, and how many per test; a test's own `targets` wins. */
  testTargets?: TestTargets;
  unknownConnectors?: UnknownConnectors;
}

/**
 * Options of {@link Catalog.resolve}: those of `resolve`, plus `register`.
 *
 * @example
 * ```ts
 * const { tables, errors } = await catalog.resolve(sql, { register: true, parseColumns: false });
 * ```
 */
export interface CatalogResolveOptions extends Omit<ResolveOptions, 'profiles' | 'registry'> {
  /** Register every table the script creates, in one transaction, when it has no errors. */
  register?: boolean;
}

/**
 * Profiles and tables in a store, scoped to one tenant, and resolving against them.
 *
 * @example
 * ```ts
 * import { openCatalog } from 'ddl-profiles';
 * const catalog = await openCatalog({ path: './.ddl-profiles' });
 * await catalog.profiles.create({ name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } });
 * const { tables } = await catalog.resolve(sql, { env: { REDIS_PASSWORD: '…' } });
 * await catalog.close();
 * ```
 */
export class Catalog {
  readonly profiles: ProfileService;
  readonly tables: TableService;
  /**
   * @internal For tests and benchmarks: how many queries resolving has sent to the store
   * for profiles (one per resolve while they have not changed: the stamp check; two when
   * they had), and how many resolves took their profiles from the cache after that check.
   */
  readonly stats = { profileQueries: 0, profileCacheHits: 0 };

  private constructor(private readonly context: CatalogContext) {
    this.profiles = new ProfileService(context);
    this.tables = new TableService(context);
  }

  /** @internal Use {@link openCatalog}. */
  static fromContext(context: CatalogContext): Catalog {
    return new Catalog(context);
  }

  get tenant(): string {
    return this.context.tenant;
  }

  get registry(): ConnectorRegistry {
    return this.context.registry;
  }

  /**
   * The connectors this catalog resolves a script of `dialect` with, and so those that
   * redact, test or describe the tables it resolved.
   *
   * @example
   * ```ts
   * const result = await catalog.resolve(sql, { dialect: 'flink' });
   * redactResult(result, catalog.registryOf('flink'));
   * ```
   */
  registryOf(dialect: Dialect): ConnectorRegistry {
    return tableRegistryOf(this.context, dialect);
  }

  get env(): TemplateEnv {
    return this.context.env;
  }

  /** The id of the key the store seals new secrets under (null: none, so it refuses them). */
  get secretKeyId(): string | null {
    return this.context.store.secretKeyId;
  }

  /** The same store seen as another tenant; closing either closes the store. */
  forTenant(tenant: string): Catalog {
    return new Catalog({ ...this.context, tenant });
  }

  /** The same store and tenant with another environment for `{{ NAME }}` templates. */
  withEnv(env: TemplateEnv): Catalog {
    return new Catalog({ ...this.context, env });
  }

  /**
   * The resolver's view of this tenant's profiles, through the store's cache: one trivial
   * query per fetch while they have not changed (see {@link ProfileCache}).
   */
  profileSource(): ProfileSource {
    const { store, tenant } = this.context;
    return this.sourceOf((names) => store.profileCache.fetch(tenant, names, this.tally));
  }

  private readonly tally = (event: ProfileCacheEvent): void => {
    if (event === 'query') this.stats.profileQueries++;
    else this.stats.profileCacheHits++;
  };

  private sourceOf(fetch: (names: readonly string[]) => Promise<StoredProfile[]>): ProfileSource {
    const { store, tenant } = this.context;
    return {
      fetchProfiles: async (names) => (await fetch(names)).map(definitionOf),
      knownNames: async () => (this.tally('query'), store.profiles.names(tenant, 500)),
    };
  }

  /**
   * Resolves a script against this tenant's profiles, fetched in one query. With
   * profiles cached from an earlier resolve, it resolves with them while the one query
   * that says whether they are still current travels, and resolves again with the
   * store's profiles when they are not (see {@link ProfileCache.speculate}). With
   * `register: true` and no errors, every resolved table is registered in one
   * transaction: all or nothing. A script in the Flink dialect resolves with the
   * catalog's Flink connectors, and its tables are registered as Flink tables: the store
   * keeps each table's dialect, which judges it from then on.
   */
  async resolve(sql: string, options: CatalogResolveOptions = {}): Promise<ResolveResult> {
    const { register, ...rest } = options;
    const dialect = dialectOption(rest.dialect);
    const registry = this.registryOf(dialect);
    const run = (profiles: ProfileSource) =>
      resolve(sql, {
        ...rest,
        env: rest.env ?? this.context.env,
        unknownConnectors: rest.unknownConnectors ?? this.context.unknownConnectors,
        registry,
        profiles,
      });
    const speculation = await this.context.store.profileCache.speculate(this.context.tenant, this.tally);
    let result = await run(speculation ? this.sourceOf((names) => speculation.fetchProfiles(names)) : this.profileSource());
    if (speculation && !(await speculation.confirmed())) result = await run(this.profileSource());
    if (register && result.errors.length === 0 && result.tables.length > 0) await this.tables.registerResolved(result.tables, dialect);
    return result;
  }

  /** Tests a draft profile live (not saved), templates filled from the catalog's environment. */
  async testDraft(draft: ProfileDefinition, options: TestOptions = {}): Promise<TestResult> {
    return testProfile(draft, { ...targetsOf(this.context), ...options, env: this.context.env, registry: this.context.profileRegistry });
  }

  /**
   * Checks that the store answers (one trivial query), for readiness probes; throws
   * `STORE_UNAVAILABLE` when it does not.
   *
   * @example
   * ```ts
   * await catalog.ping();
   * ```
   */
  async ping(): Promise<void> {
    await this.context.store.ping();
  }

  /**
   * Re-encrypts every secret of the store, every tenant's, under a new key, in one
   * transaction (see {@link Store.rotateSecretKey}).
   *
   * @example
   * ```ts
   * const { keyId, profiles } = await catalog.rotateSecretKey(newKeyBase64);
   * ```
   */
  async rotateSecretKey(newKey?: string | Uint8Array): Promise<KeyRotation> {
    return this.context.store.rotateSecretKey(newKey);
  }

  /** Releases the store (for stores the catalog opened itself). */
  async close(): Promise<void> {
    await this.context.store.close();
  }
}

/**
 * Opens a catalog: PGlite in memory by default, a PGlite directory with `path`,
 * PostgreSQL with `url`, or your own Kysely instance with `db`. Migrations run on open.
 *
 * @example
 * ```ts
 * const catalog = await openCatalog({ url: process.env.DATABASE_URL, tenant: 'acme' });
 * ```
 */
export async function openCatalog(options: CatalogOptions = {}): Promise<Catalog> {
  // The rest is exactly the store options the caller gave, so openStore judges them as given.
  const {
    tenant,
    registry = createRegistry(),
    flinkRegistry = createFlinkRegistry(),
    env,
    testTargets,
    unknownConnectors,
    ...where
  } = options;
  const profiles = profileRegistry(registry, [flinkRegistry]);
  const store: Store = await openStore({ ...where, sensitivePaths: sensitivePathsOf(profiles, [registry, flinkRegistry]) });
  return Catalog.fromContext({
    store,
    registry,
    profileRegistry: profiles,
    flinkRegistry,
    tenant: tenant ?? 'default',
    env: env ?? {},
    ...(testTargets ? { testTargets } : {}),
    ...(unknownConnectors ? { unknownConnectors } : {}),
  });
}
