import { DdlProfilesError, definitionInvalid, profileNotFound, REDACTED, tableNotFound } from '../errors/index.js';
import type { Connector, Dialect } from '../connectors/index.js';
import {
  CONNECTOR_KEY,
  dialectOption,
  flattenConfig,
  isSensitive,
  mergeForEngine,
  PROFILE_KEY,
  toSqlText,
  type MergedTable,
  type Provenance,
  type ResolvedTable,
  type TableInput,
} from '../resolve/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import type { TestOptions, TestResult } from '../testing/index.js';
import type { StoredTable, TableRegistration } from '../store/index.js';
import { tableRegistryOf, targetsOf, type CatalogContext } from './catalog-context.js';
import { definitionOf } from './profile-definition.js';
import type { ReadOptions } from './profile-service.js';
import { testMergedTable } from './test-profile.js';

/**
 * A table to register: its name, the profile it uses (or none, with `connector` and
 * inline options), its own WITH options, the dialect they are written in (default
 * `arroyo`; `flink` for Flink SQL's connectors and keys), and optionally its columns.
 *
 * @example
 * ```ts
 * const input: TableDefinitionInput = {
 *   name: 'orders', profile: 'production-kafka', options: { topic: 'orders', format: 'json' },
 * };
 * await catalog.tables.register(input);
 * ```
 */
export interface TableDefinitionInput {
  name: string;
  profile?: string | null;
  connector?: string;
  options: Record<string, string>;
  /** The SQL the options are written in: its connectors judge the table, now and at every profile change. */
  dialect?: Dialect;
  schema?: unknown;
}

/** A table whose config is known: a merge result or a resolved table. */
interface ConfiguredTable {
  config: Record<string, unknown>;
  provenance: Record<string, Provenance>;
}

/**
 * The options a table itself set, under canonical keys, with real values: what the
 * store keeps for it (the profile's values stay in the profile).
 *
 * @example
 * ```ts
 * tableOwnOptions(kafkaConnector, resolved); // { topic: 'orders', format: 'json' }
 * ```
 */
export function tableOwnOptions(connector: Connector, table: ConfiguredTable): Record<string, string> {
  return Object.fromEntries(
    flattenConfig(connector, table.config)
      .entries.filter((entry) => table.provenance[entry.key] === 'table')
      .map((entry) => [entry.key, toSqlText(entry.value)]),
  );
}

/**
 * Registered tables for one tenant. A registration is validated against its profile as
 * a resolve would be, so only tables that resolve are ever stored.
 *
 * @example
 * ```ts
 * await catalog.tables.register({ name: 'orders', profile: 'production-kafka', options: { topic: 'orders', format: 'json' } });
 * ```
 */
export class TableService {
  constructor(private readonly context: CatalogContext) {}

  /**
   * Validates the table against its profile and stores it; `TABLE_INVALID` lists the
   * problems. Returned, as by `get` and `list`, with its inline secrets as `********`.
   */
  async register(input: TableDefinitionInput): Promise<StoredTable> {
    const merged = await this.mergeWithProfile(input);
    return this.view(await this.context.store.tables.register(this.context.tenant, this.registration(input, merged)), false);
  }

  /**
   * Stores tables already validated by a resolve of a script in `dialect` (default
   * `arroyo`), all in one transaction.
   *
   * @example
   * ```ts
   * const result = await resolve(sql, { profiles: catalog.profileSource(), dialect: 'flink' });
   * await catalog.tables.registerResolved(result.tables, 'flink');
   * ```
   */
  async registerResolved(tables: readonly ResolvedTable[], dialect: Dialect = 'arroyo'): Promise<StoredTable[]> {
    const registry = tableRegistryOf(this.context, dialect);
    const registrations = tables.map((table) => {
      const connector = registry.get(table.connector)!;
      return {
        name: table.table,
        connector: table.connector,
        dialect,
        profile: table.profile,
        config: tableOwnOptions(connector, table),
        schema: table.columns ?? null,
        ifNotExists: table.ifNotExists,
      };
    });
    return (await this.context.store.tables.registerMany(this.context.tenant, registrations)).map((table) => this.view(table, false));
  }

  /** A page of tables, their inline secrets as `********` unless `showSecrets`. */
  async list(page: { profile?: string; limit?: number; offset?: number } = {}, options: ReadOptions = {}) {
    const { items, total } = await this.context.store.tables.list(this.context.tenant, page);
    return { items: items.map((table) => this.view(table, options.showSecrets === true)), total };
  }

  /** One table, its inline secrets as `********` unless `showSecrets`. */
  async get(idOrName: string, options: ReadOptions = {}): Promise<StoredTable> {
    const table = await this.context.store.tables.get(this.context.tenant, idOrName);
    if (!table) throw DdlProfilesError.of(tableNotFound(idOrName));
    return this.view(table, options.showSecrets === true);
  }

  /** A stored table as callers see it: the same redaction as a profile's (a connector nobody registered hides every value). */
  private view(table: StoredTable, showSecrets: boolean): StoredTable {
    if (showSecrets) return table;
    const connector = tableRegistryOf(this.context, table.dialect).get(table.connector);
    const config: Record<string, string> = {};
    for (const key in table.config) {
      const match = connector?.fields.match(key);
      config[key] = !connector || (match && isSensitive(match)) ? REDACTED : table.config[key];
    }
    return { ...table, config };
  }

  async drop(idOrName: string): Promise<void> {
    await this.context.store.tables.drop(this.context.tenant, idOrName);
  }

  /** Merges a stored table with its profile's current values (templates filled from `env`). */
  async merged(idOrName: string, env = this.context.env): Promise<MergedTable> {
    const table = await this.get(idOrName, { showSecrets: true });
    return this.mergeWithProfile(
      {
        name: table.name,
        connector: table.connector,
        profile: table.profileName,
        options: table.config,
        dialect: dialectOption(table.dialect),
      },
      { env, lenient: false },
    );
  }

  /** Tests a registered table live: its profile's steps, then its own resources (a topic). */
  async test(idOrName: string, options: TestOptions = {}): Promise<TestResult> {
    return this.testOf(() => this.merged(idOrName), options);
  }

  /**
   * Tests a table that is not registered, as `register` would validate it, templates
   * filled from the catalog's environment; nothing is saved.
   *
   * @example
   * ```ts
   * const result = await catalog.tables.testDraft({ name: 'orders', profile: 'production-kafka', options: { topic: 'orders', format: 'json' } });
   * ```
   */
  async testDraft(input: TableDefinitionInput, options: TestOptions = {}): Promise<TestResult> {
    return this.testOf(() => this.mergeWithProfile(input, { env: this.context.env, lenient: false }), options);
  }

  /** A live test of a table once merged; a table that does not merge is a `config` verdict. */
  private async testOf(merge: () => Promise<MergedTable>, options: TestOptions): Promise<TestResult> {
    let merged: MergedTable;
    try {
      merged = await merge();
    } catch (error) {
      if (error instanceof DdlProfilesError && error.code === 'TABLE_INVALID') {
        return {
          ok: false,
          connector: 'unknown',
          durationMs: 0,
          steps: [],
          error: { code: 'config', message: error.message, hint: 'fix the table or its profile' },
        };
      }
      throw error;
    }
    return testMergedTable(merged, { ...targetsOf(this.context), ...options });
  }

  /** Fetches the table's profile (`PROFILE_NOT_FOUND` if it names a missing one) and merges the two. */
  private async mergeWithProfile(
    input: TableDefinitionInput,
    templates?: { env: CatalogContext['env']; lenient: boolean },
  ): Promise<MergedTable> {
    const { store, tenant } = this.context;
    const profile = input.profile ? await store.profiles.get(tenant, input.profile) : undefined;
    if (input.profile && !profile) throw DdlProfilesError.of(profileNotFound(input.profile));
    return this.validate(input, profile ? definitionOf(profile) : undefined, templates);
  }

  private validate(
    input: TableDefinitionInput,
    profile: ProfileDefinition | undefined,
    templates: { env: CatalogContext['env']; lenient: boolean } = { env: this.context.env, lenient: true },
  ): MergedTable {
    const table: TableInput = {
      name: input.name,
      position: { line: 0, column: 0 },
      options: [
        ...(input.connector ? [{ key: CONNECTOR_KEY, value: input.connector }] : []),
        ...(profile ? [{ key: PROFILE_KEY, value: profile.name }] : []),
        ...Object.entries(input.options).map(([key, value]) => ({ key, value: String(value) })),
      ],
    };
    const profiles = new Map(profile ? [[profile.name, profile]] : []);
    const outcome = mergeForEngine(table, {
      registry: tableRegistryOf(this.context, input.dialect),
      profiles,
      profileNames: [],
      env: templates.env,
      lenientTemplates: templates.lenient,
    });
    if (!outcome.ok) throw DdlProfilesError.of(definitionInvalid('TABLE_INVALID', input.name, outcome.errors));
    return outcome.table;
  }

  private registration(input: TableDefinitionInput, merged: MergedTable): TableRegistration {
    return {
      name: input.name,
      connector: merged.connector.name,
      dialect: input.dialect ?? 'arroyo',
      profile: merged.profile,
      config: tableOwnOptions(merged.connector, merged),
      schema: input.schema ?? null,
    };
  }
}
