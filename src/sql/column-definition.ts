import type { SyntaxDetail } from './sql-problem.js';
import type { SourceSpan } from './source-span.js';

/**
 * The canonical name of a column type: one per type Arroyo's planner makes of the SQL
 * types it takes (`VARCHAR`, `STRING` and `CHAR` are `TEXT`; `INTEGER` and `INT4` are
 * `INT`; `REAL` is `FLOAT`; `NUMERIC` is `DECIMAL`; `DATETIME` is `TIMESTAMP`; …), and in
 * Flink SQL one per Flink type (`STRING` is `VARCHAR`, `BYTES` is `VARBINARY`, `TIMESTAMP(3)
 * WITH LOCAL TIME ZONE` is `TIMESTAMP_LTZ`; `CHAR`, `BINARY`, `MAP`, `MULTISET`, `ROW`,
 * `RAW` and `VARIANT` are Flink's only).
 *
 * @example
 * ```ts
 * const name: ColumnTypeName = parseColumns('n VARCHAR(10)').columns![0].type!.name; // 'TEXT'
 * ```
 */
export type ColumnTypeName =
  | 'BOOLEAN'
  | 'TINYINT'
  | 'SMALLINT'
  | 'INT'
  | 'BIGINT'
  | 'TINYINT UNSIGNED'
  | 'SMALLINT UNSIGNED'
  | 'INT UNSIGNED'
  | 'BIGINT UNSIGNED'
  | 'FLOAT'
  | 'DOUBLE'
  | 'DECIMAL'
  | 'TEXT'
  | 'TIMESTAMP'
  | 'DATE'
  | 'TIME'
  | 'INTERVAL'
  | 'BYTEA'
  | 'JSON'
  | 'STRUCT'
  | 'ARRAY'
  | 'CHAR'
  | 'VARCHAR'
  | 'BINARY'
  | 'VARBINARY'
  | 'TIMESTAMP_LTZ'
  | 'MAP'
  | 'MULTISET'
  | 'ROW'
  | 'RAW'
  | 'VARIANT';

/**
 * A column type, normalised: its canonical `name`, its parameters, and `sql`, the
 * canonical spelling (`DECIMAL(10, 2)`, `TEXT[]`, `STRUCT<a INT, b TEXT>`).
 *
 * - `precision`: `TIMESTAMP(p)` (0, 3, 6 or 9; absent means nanoseconds) and `DECIMAL(p, s)`
 *   (38 when not written); a display width (`INT(11)`, `FLOAT(24)`) is dropped, as Arroyo does;
 * - `scale`: `DECIMAL` only (10 when neither is written, 0 after `DECIMAL(p)`), as Arroyo does;
 * - `length`: `VARCHAR(n)` and the like, as written (Arroyo ignores it);
 * - `element`: what an `ARRAY` (or a Flink `MULTISET`) holds; `fields`: a `STRUCT`'s (or a
 *   Flink `ROW`'s) fields, in order; `key` and `value`: a Flink `MAP`'s.
 *
 * In Flink SQL, `sql` is the type as Flink's planner prints it (`STRING`, `CHAR(1)`,
 * `TIMESTAMP(6)`, `DECIMAL(10, 0)`, ``ROW<`a` INT>``, `ARRAY<INT NOT NULL>`), and a
 * parameter left out is Flink's default; a precision above Flink's bound is that bound
 * (`TIMESTAMP(12)` is `TIMESTAMP(9)`), as Flink reads it.
 *
 * @example
 * ```ts
 * parseColumns('p DECIMAL(10, 2)').columns![0].type; // { name: 'DECIMAL', sql: 'DECIMAL(10, 2)', precision: 10, scale: 2 }
 * ```
 */
export interface ColumnType {
  name: ColumnTypeName;
  sql: string;
  precision?: number;
  scale?: number;
  length?: number;
  element?: ColumnType;
  fields?: StructField[];
  key?: ColumnType;
  value?: ColumnType;
}

/**
 * One field of a `STRUCT<…>` type.
 *
 * @example
 * ```ts
 * parseColumns('s STRUCT<a INT>').columns![0].type!.fields; // [{ name: 'a', type: { name: 'INT', sql: 'INT' } }]
 * ```
 */
export interface StructField {
  name: string;
  type: ColumnType;
}

/**
 * An SQL expression of a column list (a computed column's, a watermark's), kept as the
 * text written, with its span. `checked` is true when node-sql-parser's grammar read it;
 * false when it could not, which is then a warning naming the expression.
 *
 * @example
 * ```ts
 * parseColumns("ts TIMESTAMP, WATERMARK FOR ts AS ts - INTERVAL '5' SECOND").watermark!.expression!.text;
 * // "ts - INTERVAL '5' SECOND"
 * ```
 */
export interface SqlExpression {
  text: string;
  span: SourceSpan;
  checked: boolean;
}

/**
 * A column's computed value: `GENERATED ALWAYS AS (expr) [STORED | VIRTUAL]`
 * (`form: 'generated'`), or `AS expr` (`form: 'as'`). `mode` is the word written after
 * it, if any. Arroyo computes such a column from the others; it is not read from the source.
 *
 * @example
 * ```ts
 * parseColumns("d TEXT GENERATED ALWAYS AS (date_trunc('day', ts)) STORED").columns![0].generated;
 * // { expression: { text: "date_trunc('day', ts)", … }, mode: 'stored', form: 'generated' }
 * ```
 */
export interface GeneratedColumn {
  expression: SqlExpression;
  mode: 'stored' | 'virtual' | null;
  form: 'generated' | 'as';
}

/**
 * A column read from a connector: `METADATA FROM 'key' [VIRTUAL]`.
 *
 * @example
 * ```ts
 * parseColumns("t TEXT METADATA FROM 'topic'").columns![0].metadata; // { key: 'topic', virtual: false, keySpan: … }
 * ```
 */
export interface MetadataColumn {
  key: string;
  keySpan: SourceSpan;
  virtual: boolean;
}

/**
 * One column of a table, as a planner needs it.
 *
 * - `name`: unquoted (`"Order Id"` and `` `ts` `` give `Order Id` and `ts`); a keyword
 *   written bare (`timestamp`, `count`, `value`) is a name like any other.
 * - `type`: normalised (see {@link ColumnType}); null only for `name AS expr`, whose type
 *   is the expression's.
 * - `nullable`: false after `NOT NULL` only, as in Arroyo (a `PRIMARY KEY` column without
 *   `NOT NULL` is nullable there).
 * - `primaryKey`: the column is part of the table's primary key (`PRIMARY KEY` after it,
 *   or named in a `PRIMARY KEY (…)` element).
 * - `metadata`, `generated`: set for metadata and computed columns, null otherwise.
 * - `text`, `span`: the column's own text and where it stands; `nameSpan` and `typeSpan`
 *   position problems.
 *
 * @example
 * ```ts
 * parseColumns('amount DECIMAL(10, 2) NOT NULL').columns![0];
 * // { name: 'amount', type: { name: 'DECIMAL', sql: 'DECIMAL(10, 2)', precision: 10, scale: 2 }, nullable: false,
 * //   primaryKey: false, metadata: null, generated: null, text: 'amount DECIMAL(10, 2) NOT NULL', … }
 * ```
 */
export interface ColumnDefinition {
  name: string;
  type: ColumnType | null;
  nullable: boolean;
  primaryKey: boolean;
  metadata: MetadataColumn | null;
  generated: GeneratedColumn | null;
  text: string;
  span: SourceSpan;
  nameSpan: SourceSpan;
  typeSpan: SourceSpan | null;
}

/**
 * A table's `PRIMARY KEY`: the columns in it, whether it was written on a column or as
 * a `PRIMARY KEY (…)` element, and whether that element said `NOT ENFORCED`.
 *
 * @example
 * ```ts
 * parseColumns('id BIGINT, PRIMARY KEY (id) NOT ENFORCED').primaryKey; // { columns: ['id'], form: 'element', enforced: false, span: … }
 * ```
 */
export interface PrimaryKeyDefinition {
  columns: string[];
  form: 'column' | 'element';
  enforced: boolean;
  span: SourceSpan;
}

/**
 * `WATERMARK FOR column [AS expr]`: the event-time column and the watermark expression,
 * if one is given (without one, the watermark is the column itself).
 *
 * @example
 * ```ts
 * parseColumns('ts TIMESTAMP, WATERMARK FOR ts').watermark; // { column: 'ts', expression: null, … }
 * ```
 */
export interface WatermarkDefinition {
  column: string;
  columnSpan: SourceSpan;
  expression: SqlExpression | null;
  span: SourceSpan;
}

/**
 * A problem found inside a column list, positioned at the column, the type or the
 * expression it concerns.
 *
 * - errors: `UNKNOWN_TYPE` (a type the dialect does not take; `suggestion` when one is near),
 *   `INVALID_COLUMN` (a parameter Arroyo refuses, a duplicate name, a key or watermark
 *   naming no column, …);
 * - warnings: `EXPRESSION_UNCHECKED` (node-sql-parser's grammar cannot read an
 *   expression, which is kept as text), `ENGINE_REFUSES` (a form read here that the
 *   engine's own parser refuses: in Arroyo a trailing comma, backticks, `AS expr`, …; in
 *   Flink SQL a trailing comma, double quotes, a type before `AS expr`, `GENERATED ALWAYS`, …).
 *
 * @example
 * ```ts
 * parseColumns('n VARCHR').problems[0]; // { code: 'UNKNOWN_TYPE', severity: 'error', message: "…", written: 'VARCHR', … }
 * ```
 */
export interface ColumnProblem {
  code: 'UNKNOWN_TYPE' | 'INVALID_COLUMN' | 'EXPRESSION_UNCHECKED' | 'ENGINE_REFUSES';
  severity: 'error' | 'warning';
  message: string;
  span: SourceSpan;
  /** For `UNKNOWN_TYPE`: the type's name as written, upper-cased; for `INVALID_COLUMN`, a column name that names none. */
  written?: string;
  /** For `INVALID_COLUMN` with `written`: the names it may have meant; for `UNKNOWN_TYPE` in Flink SQL, Flink's type spellings. */
  candidates?: readonly string[];
  /** For `UNKNOWN_TYPE`: the column's name, and its whole type as written (parameters too). */
  columnName?: string;
  typeText?: string;
  /** A replacement to suggest, where a plain one exists (`ROW` → `STRUCT`). */
  suggestion?: string;
}

/**
 * A column list, read: the columns, the primary key and the watermark, and the problems
 * found in it. `columns` is null when the text is malformed (then `note` says where).
 *
 * @example
 * ```ts
 * const { columns, watermark, problems } = parseColumns("ts TIMESTAMP(3) NOT NULL, WATERMARK FOR ts AS ts - INTERVAL '5' SECOND");
 * ```
 */
export interface TableColumns {
  columns: ColumnDefinition[] | null;
  primaryKey: PrimaryKeyDefinition | null;
  watermark: WatermarkDefinition | null;
  problems: ColumnProblem[];
  /** Why a malformed column list could not be read, as data (see `SyntaxDetail`). */
  note?: SyntaxDetail;
  /** Where a malformed column list stopped being readable. */
  noteSpan?: SourceSpan;
}
