import type { ColumnDefinition, PartitionField, PrimaryKeyDefinition, WatermarkDefinition } from '../sql/index.js';
import type { Diagnostic, Warning } from './diagnostic.js';

/**
 * Where a value of a resolved config came from.
 *
 * @example
 * ```ts
 * const [orders] = (await resolve(sql, { profiles, env })).tables;
 * orders.provenance['authentication.password']; // 'env' when filled from {{ KAFKA_PASSWORD }}
 * ```
 */
export type Provenance = 'table' | 'profile' | 'default' | 'env';

/**
 * One table, resolved: its complete config and how it was put together.
 *
 * - `config`: typed, nested, canonical; it holds real secret values.
 * - `options`: the flat canonical keys a planner would put in WITH; secrets redacted
 *   unless `showSecrets` was asked for.
 * - `provenance`: for every key of `options`, where its value came from.
 * - `sql`: the statement rewritten as Arroyo DDL: the profile inlined, `connection_profile`
 *   removed, every key one Arroyo's planner reads for the connector (its engine key), in
 *   the value form it reads; secrets redacted unless `showSecrets` was asked for.
 *
 * @example
 * ```ts
 * const [orders] = (await resolve(sql, { profiles })).tables;
 * orders.provenance['bootstrap_servers']; // 'profile'
 * ```
 */
export interface ResolvedTable {
  table: string;
  connector: string;
  profile: string | null;
  config: Record<string, unknown>;
  options: Record<string, string>;
  provenance: Record<string, Provenance>;
  sql: string;
  /**
   * The config keys `sql` leaves out because Arroyo's DDL has no key for them (a Kafka
   * profile's `connection_properties`, TLS files); each also has a `NOT_IN_ENGINE_DDL`
   * warning. Empty when `sql` says everything `config` does.
   */
  sqlOmits: string[];
  line: number;
  column: number;
  /**
   * Whether the statement said `IF NOT EXISTS`: registering it (`register: true`) then
   * keeps a table of that name already registered, instead of failing on it.
   */
  ifNotExists: boolean;
  /**
   * The columns, read (names, normalised types, nullability, keys, metadata and computed
   * columns); null when `parseColumns: false` was asked for or the list is malformed,
   * and then given only as `columnsText`.
   */
  columns: ColumnDefinition[] | null;
  /** The primary key, from `PRIMARY KEY` on columns or a `PRIMARY KEY (…)` element; null when none (or columns unread). */
  primaryKey: PrimaryKeyDefinition | null;
  /** `WATERMARK FOR column [AS expr]`; null when none (or columns unread). */
  watermark: WatermarkDefinition | null;
  /** The column list exactly as written. */
  columnsText: string;
  /**
   * The statement's `PARTITIONED BY (…)` clause (after WITH, where Arroyo reads it), typed:
   * `bucket(count, 4)` is `{ transform: 'bucket', column: 'count', arguments: [4], … }`.
   * Null when there is none. `sql` keeps it as written; an Iceberg sink's is checked as
   * Arroyo checks its partition spec.
   */
  partitionedBy: PartitionField[] | null;
}

/**
 * A statement the resolver left untouched (views, inserts, plain tables, SET …).
 *
 * @example
 * ```ts
 * const { passthrough } = await resolve('CREATE VIEW v AS SELECT 1;');
 * passthrough[0]; // { sql: 'CREATE VIEW v AS SELECT 1', line: 1 }
 * ```
 */
export interface PassthroughStatement {
  sql: string;
  line: number;
}

/**
 * What `resolve` returns, and what the CLI prints as JSON: tables resolved without
 * error in statement order, untouched statements, and every problem found.
 *
 * @example
 * ```ts
 * const { tables, passthrough, errors } = await resolve(sql, { profiles });
 * if (errors.length > 0) process.exitCode = 1;
 * ```
 */
export interface ResolveResult {
  tables: ResolvedTable[];
  passthrough: PassthroughStatement[];
  errors: Diagnostic[];
  warnings: Warning[];
  /**
   * Whether the rules Arroyo checks against columns (metadata fields, key columns,
   * `event_time_field`, …) were checked: `skipped` with `parseColumns: false`.
   */
  columnRules: 'checked' | 'skipped';
}
