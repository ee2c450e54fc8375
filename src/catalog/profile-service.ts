import { fromArroyoProfileConfig } from '../connectors/index.js';
import { DdlProfilesError, definitionInvalid, profileTestFailed, invalidValue, profileNotFound, withMessage } from '../errors/index.js';
import { validateProfile } from '../resolve/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import type { TestOptions, TestResult } from '../testing/index.js';
import type { StoredProfile } from '../store/index.js';
import { targetsOf, type CatalogContext } from './catalog-context.js';
import { definitionOf } from './profile-definition.js';
import { keepStoredSecrets, unresolvedMarkers } from './kept-secrets.js';
import { autocompleteProfile, type AutocompleteResult } from './autocomplete-profile.js';
import { testProfile } from './test-profile.js';
import { viewOf } from './profile-view.js';
import { breakingTablesCheck, withBrokenTables } from './breaking-tables.js';
import { syncProfiles, type ProfileSyncPlan, type SyncOptions } from './profile-sync.js';
import { isPlainObject } from '../json/json-object.js';

const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * A change to a profile; `version` must be the version the caller read.
 *
 * @example
 * ```ts
 * const update: ProfileUpdate = { config: { address: 'redis://cache-2:6379' }, version: 3 };
 * await catalog.profiles.update('cache', update); // VERSION_CONFLICT if it is no longer at version 3
 * ```
 */
export interface ProfileUpdate {
  config?: Record<string, unknown>;
  overridable?: string[];
  description?: string | null;
  version: number;
}

/**
 * Read options: `showSecrets` returns real secret values.
 *
 * @example
 * ```ts
 * const profile = await catalog.profiles.get('cache', { showSecrets: true });
 * ```
 */
export interface ReadOptions {
  showSecrets?: boolean;
}

/**
 * A page of profiles.
 *
 * @example
 * ```ts
 * const page: ProfilePage = await catalog.profiles.list({ limit: 20, offset: 0 });
 * console.log(`${page.items.length} of ${page.total}`);
 * ```
 */
export interface ProfilePage {
  items: StoredProfile[];
  total: number;
}

/**
 * Options of `create`: with `test`, the profile is saved only if a live test passes.
 *
 * @example
 * ```ts
 * // Throws TEST_FAILED, and saves nothing, if the live test fails.
 * await catalog.profiles.create(body, { test: { deadlineMs: 5_000 } });
 * ```
 */
export interface CreateOptions {
  test?: TestOptions | boolean;
}

/**
 * The profile lifecycle for one tenant: validated creates, paged reads, updates with
 * optimistic concurrency that re-check every table using the profile, and deletes
 * refused while tables use it.
 *
 * @example
 * ```ts
 * const created = await catalog.profiles.create({ name: 'cache', connector: 'redis', config: { address: 'redis://c:6379' } });
 * await catalog.profiles.update('cache', { config: { address: 'redis://c2:6379' }, version: created.version });
 * ```
 */
export class ProfileService {
  constructor(private readonly context: CatalogContext) {}

  private problemsOf(profile: ProfileDefinition) {
    return validateProfile(this.context.profileRegistry, profile, this.context.env);
  }

  /**
   * A body validated and in our shape, as it would be stored. With `stored` (the profile
   * of that name and connector it is to replace), secrets sent back as `********` or left
   * out of their section keep their stored values, as in {@link update}.
   */
  private checked(input: ProfileDefinition, stored?: StoredProfile): ProfileDefinition & { description: string | null } {
    const connector = this.context.profileRegistry.get(input.connector);
    // Our shape or Arroyo's: stored in ours.
    const sent = connector && isPlainObject(input.config) ? fromArroyoProfileConfig(connector, input.config) : input.config;
    const kept =
      connector && isPlainObject(sent) && stored?.connector === input.connector
        ? keepStoredSecrets(connector, stored.config, sent)
        : undefined;
    const config = kept?.config ?? sent;
    const markers = kept ? kept.problems : connector && isPlainObject(config) ? unresolvedMarkers(connector, config) : [];
    const definition = {
      name: input.name,
      connector: input.connector,
      config,
      overridable: input.overridable ?? [],
      description: input.description ?? null,
    };
    const nameProblem = PROFILE_NAME.test(input.name)
      ? []
      : [withMessage(invalidValue('name', 'a profile name holds letters, digits, ., _ and -, and starts with a letter or digit'))];
    const problems = [...nameProblem, ...markers, ...this.problemsOf(definition)];
    if (problems.length > 0) throw DdlProfilesError.of(definitionInvalid('PROFILE_INVALID', input.name, problems));
    return definition;
  }

  /**
   * Validates and saves a new profile; a duplicate name is `PROFILE_EXISTS`. With
   * `test`, it is tested live first and saved only if the test passes (`TEST_FAILED`
   * carries the verdict otherwise).
   */
  async create(input: ProfileDefinition, options: CreateOptions = {}): Promise<StoredProfile> {
    const definition = this.checked(input);
    if (options.test) {
      const result = await testProfile(definition, {
        ...targetsOf(this.context),
        ...(options.test === true ? {} : options.test),
        env: this.context.env,
        registry: this.context.profileRegistry,
      });
      if (!result.ok)
        throw DdlProfilesError.of(profileTestFailed(input.name, result.error?.step ?? 'start', result.error?.message), {
          details: { result },
        });
    }
    const { store, tenant, profileRegistry: registry } = this.context;
    return viewOf(registry, await store.profiles.create(tenant, definition), false);
  }

  /** Validates every profile, then saves them all in one transaction: all or nothing. */
  async createMany(inputs: readonly ProfileDefinition[]): Promise<StoredProfile[]> {
    const definitions = inputs.map((input) => this.checked(input));
    const { store, tenant, profileRegistry: registry } = this.context;
    return (await store.profiles.createMany(tenant, definitions)).map((p) => viewOf(registry, p, false));
  }

  /** Tests a saved profile live, with its templates filled from the catalog's environment. */
  async test(idOrName: string, options: TestOptions = {}): Promise<TestResult> {
    return testProfile(await this.definition(idOrName), {
      ...targetsOf(this.context),
      ...options,
      env: this.context.env,
      registry: this.context.profileRegistry,
    });
  }

  /** Lists, live, values a table on this profile may name (a Kafka cluster's topics); see {@link autocompleteProfile}. */
  async autocomplete(idOrName: string, options: TestOptions = {}): Promise<AutocompleteResult> {
    return autocompleteProfile(await this.definition(idOrName), {
      ...options,
      env: this.context.env,
      registry: this.context.profileRegistry,
    });
  }

  /** One profile by id or name; a missing one is `PROFILE_NOT_FOUND`. */
  async get(idOrName: string, options: ReadOptions = {}): Promise<StoredProfile> {
    const profile = await this.context.store.profiles.get(this.context.tenant, idOrName);
    if (!profile) throw DdlProfilesError.of(profileNotFound(idOrName));
    return viewOf(this.context.profileRegistry, profile, options.showSecrets === true);
  }

  /** A page of profiles, ordered by name. */
  async list(page: { limit?: number; offset?: number } = {}, options: ReadOptions = {}): Promise<ProfilePage> {
    const { items, total } = await this.context.store.profiles.list(this.context.tenant, page);
    return { items: items.map((p) => viewOf(this.context.profileRegistry, p, options.showSecrets === true)), total };
  }

  /**
   * Replaces config, overridable or description. A stale `version` is `VERSION_CONFLICT`;
   * a change that would break a table using the profile is `TABLE_INVALID`, naming the
   * tables and their problems. In a new config, a secret sent back as `********` or left
   * out of its section keeps its stored value, and `null` removes it (see
   * {@link keepStoredSecrets}).
   */
  async update(idOrName: string, update: ProfileUpdate): Promise<StoredProfile> {
    const { store, tenant, profileRegistry: registry } = this.context;
    const current = await store.profiles.get(tenant, idOrName);
    if (!current) throw DdlProfilesError.of(profileNotFound(idOrName));
    const connector = registry.get(current.connector);
    const kept =
      update.config !== undefined && connector && isPlainObject(update.config)
        ? keepStoredSecrets(connector, current.config, fromArroyoProfileConfig(connector, update.config))
        : undefined;
    const config = kept?.config ?? update.config;
    const next: ProfileDefinition = {
      name: current.name,
      connector: current.connector,
      config: config ?? current.config,
      overridable: update.overridable ?? current.overridable,
    };
    const problems = [...(kept?.problems ?? []), ...this.problemsOf(next)];
    if (problems.length > 0) throw DdlProfilesError.of(definitionInvalid('PROFILE_INVALID', current.name, problems));
    const broken: Record<string, string[]> = {};
    try {
      const patch = {
        ...(config !== undefined ? { config } : {}),
        ...(update.overridable !== undefined ? { overridable: update.overridable } : {}),
        ...(update.description !== undefined ? { description: update.description } : {}),
      };
      const saved = await store.profiles.update(tenant, idOrName, patch, update.version, breakingTablesCheck(this.context, broken));
      return viewOf(registry, saved, false);
    } catch (error) {
      throw withBrokenTables(error, broken);
    }
  }

  /**
   * Makes the tenant's profiles what `inputs` says (see {@link syncProfiles}): creates
   * what is new, updates what differs, and with `prune` deletes what the list lacks, all
   * in one transaction; with `dryRun`, only plans. Returns the plan, secrets masked.
   */
  async sync(inputs: readonly ProfileDefinition[], options: SyncOptions = {}): Promise<ProfileSyncPlan> {
    return syncProfiles(this.context, inputs, options, (input, stored) => this.checked(input, stored));
  }

  /** Deletes a profile; refused with `PROFILE_IN_USE`, naming the tables, while tables use it. */
  async delete(idOrName: string): Promise<void> {
    await this.context.store.profiles.delete(this.context.tenant, idOrName);
  }

  /** The stored profile with real values, for tests and resolving. */
  async definition(idOrName: string): Promise<ProfileDefinition> {
    const profile = await this.context.store.profiles.get(this.context.tenant, idOrName);
    if (!profile) throw DdlProfilesError.of(profileNotFound(idOrName));
    return definitionOf(profile);
  }
}
