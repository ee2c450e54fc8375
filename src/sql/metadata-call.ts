import type { ColumnDefinition } from './column-definition.js';

/** `metadata('key')`, Arroyo's older spelling of `METADATA FROM 'key'`, alone in an expression. */
const METADATA_CALL = /^\s*metadata\s*\(\s*'[^']*'\s*\)\s*$/i;

/**
 * Whether a column is virtual as Arroyo's planner counts it: computed by an expression
 * (`GENERATED ALWAYS AS (…)`, `AS …`) that is not a `metadata('key')` call, which Arroyo
 * reads as a metadata column. A virtual column is not in the table's physical schema.
 *
 * @example
 * ```ts
 * isVirtualColumn(parseColumns("b INT GENERATED ALWAYS AS (a + 1)").columns![0]); // true
 * isVirtualColumn(parseColumns("t TEXT GENERATED ALWAYS AS (metadata('topic'))").columns![0]); // false
 * ```
 */
export function isVirtualColumn(column: ColumnDefinition): boolean {
  return column.generated !== null && !METADATA_CALL.test(column.generated.expression.text);
}
