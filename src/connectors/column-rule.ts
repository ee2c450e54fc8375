/**
 * A column as a connector's column rules see it: the parsed column's name, normalised
 * type (`TEXT`, `BIGINT`, …; null for a computed column without one), nullability, key
 * and metadata field. A parsed `ColumnDefinition` is one.
 *
 * @example
 * ```ts
 * const column: ColumnInfo = { name: 'k', type: { name: 'TEXT', sql: 'TEXT' }, nullable: false, primaryKey: true, metadata: { key: 'key' } };
 * ```
 */
export interface ColumnInfo {
  name: string;
  type: { name: string; sql: string } | null;
  nullable: boolean;
  primaryKey: boolean;
  metadata: { key: string } | null;
}

/**
 * A problem a column rule found: its message, and where it points. `column` names the
 * column it concerns (`at: 'type'` points at its type rather than its name); `key` is
 * the SQL key of the option it concerns (`target.key_column`), pointed at where the
 * option was written. Neither: the table. `code` defaults to `INVALID_COLUMN` for a column and
 * `INVALID_VALUE` for an option.
 *
 * @example
 * ```ts
 * const issue: ColumnIssue = { key: 'target.key_column', message: "target.key_column names 'id', which is not a non-nullable TEXT column" };
 * ```
 */
export interface ColumnIssue {
  message: string;
  column?: string;
  at?: 'name' | 'type';
  key?: string;
  code?: 'INVALID_COLUMN' | 'INVALID_VALUE' | 'MISSING_OPTION';
}

/**
 * A rule a connector checks against a table's columns and its merged config, as Arroyo's
 * `from_options` does (a Redis lookup table's key column, say). It runs only where the
 * columns were read (`parseColumns` not false) and the options merged without error.
 *
 * @example
 * ```ts
 * const keyIsText: ColumnRule = ({ columns, config }) =>
 *   columns.filter((c) => c.primaryKey && c.type?.name !== 'TEXT')
 *     .map((c) => ({ column: c.name, at: 'type', message: `the key column '${c.name}' must be TEXT` }));
 * ```
 */
export type ColumnRule = (table: { columns: readonly ColumnInfo[]; config: Readonly<Record<string, unknown>> }) => readonly ColumnIssue[];
