import type { SourceSpan } from './source-span.js';

/** How an option value was written. */
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
 * A column as node-sql-parser's FlinkSQL grammar read it: name, normalised type, whether
 * it may be null, and its raw text.
 *
 * @example
 * ```ts
 * // for "amount DECIMAL(10, 2) NOT NULL":
 * // { name: 'amount', type: 'DECIMAL(10, 2)', nullable: false, text: 'amount DECIMAL(10, 2) NOT NULL' }
 * ```
 */
export interface ColumnDefinition {
  name: string;
  type: string;
  nullable: boolean;
  text: string;
}

/**
 * The structure of a `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name [(…)] [WITH (…)]`.
 * `columns` is null when the column grammar could not read them (WATERMARK, METADATA,
 * computed columns, MAP/ROW types, …), was guarded off, or was not asked for; then
 * `columnsNote` says why, and `columnsText` still holds them. A statement with no column
 * list (`CREATE TABLE t WITH (…) AS SELECT …`) has `columns: []` and `columnsText: ''`.
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
  columnsNote?: string;
  options: TableOption[];
  withSpan: SourceSpan | null;
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
