import type { ConnectorRegistry } from '../connectors/index.js';
import type { OptionValueKind } from '../sql/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import type { Position } from './position.js';
import type { PreparedProfile } from './prepare-profile.js';
import type { TemplateEnv } from './template.js';
import type { UnknownConnectors } from './unknown-connectors.js';

/**
 * One WITH option of a table, as written, with where its key and value stand (a parsed `TableOption` is one).
 *
 * @example
 * ```ts
 * const option: TableOptionInput = { key: 'topic', value: 'orders', valueSpan: { line: 2, column: 11 } };
 * ```
 */
export interface TableOptionInput {
  key: string;
  value: string;
  /** How the value was written (a quoted string when left out); see the SQL reader's `OptionValueKind`. */
  valueKind?: OptionValueKind;
  /** An array value's elements. */
  items?: readonly string[];
  keySpan?: Position;
  valueSpan?: Position;
}

/**
 * A table to merge: its name, its WITH options (including `connector` and `connection_profile`).
 *
 * @example
 * ```ts
 * const input: TableInput = { name: 'orders', position: { line: 1, column: 1 }, options: [
 *   { key: 'connection_profile', value: 'production-kafka' }, { key: 'topic', value: 'orders' }] };
 * ```
 */
export interface TableInput {
  name: string;
  options: readonly TableOptionInput[];
  position: Position;
  /** A `CREATE TEMPORARY TABLE`: a lookup table, as Arroyo's planner makes every temporary table. */
  temporary?: boolean;
}

/**
 * What merging needs besides the table: connectors, the profiles fetched, the environment.
 *
 * @example
 * ```ts
 * const context: MergeContext = { registry: createRegistry(), profiles: new Map([[profile.name, profile]]), profileNames: [], env: {} };
 * ```
 */
export interface MergeContext {
  registry: ConnectorRegistry;
  profiles: ReadonlyMap<string, ProfileDefinition>;
  /** Every profile name the caller may see, for suggestions on a misspelt name. */
  profileNames: readonly string[];
  env: TemplateEnv;
  /**
   * Defer, rather than report, values whose `{{ NAME }}` the environment cannot fill:
   * for checks made when profiles and tables are saved, long before the planner's
   * environment is known.
   */
  lenientTemplates?: boolean;
  /** Keep each templated profile value as its `{{ NAME }}` text, for the engine to fill (`secrets: 'template'`). */
  keepTemplates?: boolean;
  /** The caller's choice for unregistered connectors; only words the error of a table that cannot pass through. */
  unknownConnectors?: UnknownConnectors;
  /**
   * Profiles already prepared in this resolve: shared by every table that uses the same
   * profile. Pass one map for a whole script.
   */
  prepared?: WeakMap<ProfileDefinition, PreparedProfile>;
}

/**
 * The WITH key that names a table's connector. It steers resolution rather than
 * configuring the connector, and always leads the rewritten WITH clause.
 *
 * @example
 * ```ts
 * table.options.find((o) => o.key === CONNECTOR_KEY)?.value; // 'kafka'
 * ```
 */
export const CONNECTOR_KEY = 'connector';

/**
 * The WITH key that names a table's connection profile; removed from rewritten SQL.
 *
 * @example
 * ```ts
 * table.options.find((o) => o.key === PROFILE_KEY)?.value; // 'production-kafka'
 * ```
 */
export const PROFILE_KEY = 'connection_profile';
