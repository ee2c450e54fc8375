import type { SyntaxDetail } from './sql-problem.js';
import type { ColumnDefinition, ColumnProblem, PrimaryKeyDefinition, WatermarkDefinition } from './column-definition.js';
import type { SourceSpan } from './source-span.js';

/**
 * How an option value was written.
 *
 * @example
 * ```ts
 * const [statement] = parseScript("CREATE TABLE t WITH (connector = 'impulse', event_rate = 10)").statements;
 * const kinds: OptionValueKind[] = statement.table!.options.map((o) => o.valueKind); // ['string', 'number']
 * ```
 */
export type OptionValueKind = 'string' | 'number' | 'boolean' | 'interval' | 'identifier' | 'array';

/**
 * One `key = value` of a WITH clause. `key` is unquoted (`'auth.type'`, `"auth.type"`
 * and bare `auth.type` all give `auth.type`); `value` is the value as a string
 * (`''` undone, booleans lower-cased, `INTERVAL '5' SECOND` as `5 SECOND`,
 * `interval '5 seconds'` as `5 seconds`, an identifier unquoted, an array's elements
 * joined by commas), `valueKind` how it was written, and `valueText` the raw source.
 *
 * @example
 * ```ts
 * const [option] = parseScript("CREATE TABLE t (a INT) WITH (topic = 'o')").statements[0].table!.options;
 * option.key; option.value; // 'topic', 'o'
 * ```
 */
export interface TableOption {
  key: string;
  keySpan: SourceSpan;
  value: string;
  valueKind: OptionValueKind;
  /** An array's elements (`[type, app_version]` gives `['type', 'app_version']`); `value` joins them with commas. */
  items?: readonly string[];
  valueText: string;
  valueSpan: SourceSpan;
}

/**
 * One element of the statement's `PARTITIONED BY (…)` clause, the one Arroyo's grammar
 * reads after `WITH (…)` (its Iceberg sink's partition spec): a transform applied to a
 * column (`bucket(count, 4)`, `truncate(b, 10)`, `identity(ts)`, `day(ts)`), or a bare
 * column. `transform` is the function's name as written (null for a bare column),
 * `column` its first argument, unquoted, `arguments` the numbers after it (a bucket's
 * count, a truncation's width), `text` the element as written.
 *
 * @example
 * ```ts
 * const sql = "CREATE TABLE s (count INT) WITH (connector = 'iceberg') PARTITIONED BY (bucket(count, 4))";
 * parseScript(sql).statements[0].table!.partitionedBy![0];
 * // { transform: 'bucket', column: 'count', arguments: [4], text: 'bucket(count, 4)', span: … }
 * ```
 */
export interface PartitionField {
  transform: string | null;
  column: string;
  arguments: number[];
  text: string;
  span: SourceSpan;
}

/**
 * The structure of a `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name [(…)] [WITH (…)]`.
 * `columns` is the column list read on the script's tokens (see `ColumnDefinition`), with
 * `primaryKey`, `watermark` and the problems found in it (`columnProblems`). It is null
 * when the columns were not asked for, or when their text is malformed: then
 * `columnsNote` says where it stopped, and `columnsText` still holds them. A statement with
 * no column list (`CREATE TABLE t WITH (…) AS SELECT …`) has `columns: []` and `columnsText: ''`.
 * `partitionedBy` is the `PARTITIONED BY (…)` clause written after WITH, typed (see
 * {@link PartitionField}); null when there is none. A rewritten statement keeps it as written.
 *
 * @example
 * ```ts
 * const table = parseScript(sql).statements[0].table!;
 * table.name; table.options.length;
 * ```
 */
export interface TableDefinition {
  name: string;
  nameSpan: SourceSpan;
  temporary: boolean;
  ifNotExists: boolean;
  columnsText: string;
  columns: ColumnDefinition[] | null;
  primaryKey?: PrimaryKeyDefinition | null;
  watermark?: WatermarkDefinition | null;
  columnProblems?: ColumnProblem[];
  columnsNote?: SyntaxDetail;
  columnsNoteSpan?: SourceSpan;
  options: TableOption[];
  withSpan: SourceSpan | null;
  partitionedBy: PartitionField[] | null;
  /**
   * Where a `PARTITIONED BY` is written between the column list and WITH (Flink's place
   * for it), which Arroyo's grammar refuses: it reads the clause only after `WITH (…)`.
   * The clause there is kept as text; absent when there is none.
   */
  partitionedByBeforeWith?: SourceSpan;
  /** The elements of that clause before WITH, typed as {@link partitionedBy}'s: the partition columns of a Flink table. */
  partitionsBeforeWith?: PartitionField[];
  /**
   * True for `CREATE TABLE … AS <query>` and `… LIKE other`: the table takes its rows or
   * shape from elsewhere, so Arroyo's memory-table rules do not apply. Absent otherwise.
   */
  fromQuery?: true;
  /**
   * FLIP-529's `USING CONNECTION name` clause, between the column list (or `PARTITIONED
   * BY`) and WITH: the connection's name, where it is written and where the whole clause
   * is (a rewrite leaves the clause out). Absent when there is none.
   */
  usingConnection?: { name: string; nameSpan: SourceSpan; clauseSpan: SourceSpan };
}

/**
 * One statement of a script, with its exact source text (no trailing `;`).
 * `table` is set for a `CREATE TABLE` with a column list, or with a WITH clause.
 *
 * @example
 * ```ts
 * parseScript('CREATE VIEW v AS SELECT 1; INSERT INTO t SELECT 1').statements.map((s) => s.kind);
 * // ['other', 'other']
 * ```
 */
export interface ParsedStatement {
  kind: 'create_table' | 'other';
  text: string;
  span: SourceSpan;
  table?: TableDefinition;
}
