import type { ColumnType, ColumnTypeName, StructField } from './column-definition.js';

/** Which parameters a spelling takes in parentheses. */
export type TypeParameters = 'none' | 'ignored' | 'length' | 'decimal' | 'timestamp';

/** A spelling of a scalar type: what it normalises to, its parameters, and whether UNSIGNED may follow. */
export interface TypeSpelling {
  name: ColumnTypeName;
  parameters: TypeParameters;
  unsigned?: ColumnTypeName;
}

const int = (name: ColumnTypeName, unsigned: ColumnTypeName): TypeSpelling => ({ name, parameters: 'ignored', unsigned });

/**
 * Every scalar type spelling Arroyo's planner takes (its `convert_simple_data_type`), by
 * its first word in upper case. `DOUBLE PRECISION`, `… UNSIGNED` and `TIME WITHOUT TIME
 * ZONE` are read by the column reader after the first word. `STRUCT<…>` and `ARRAY<…>`
 * (and `type[]`) are composite, read on their own.
 *
 * @example
 * ```ts
 * SCALAR_TYPES.get('VARCHAR'); // { name: 'TEXT', parameters: 'length' }
 * ```
 */
export const SCALAR_TYPES: ReadonlyMap<string, TypeSpelling> = new Map<string, TypeSpelling>([
  ['BOOLEAN', { name: 'BOOLEAN', parameters: 'none' }],
  ['BOOL', { name: 'BOOLEAN', parameters: 'none' }],
  ['TINYINT', int('TINYINT', 'TINYINT UNSIGNED')],
  ['SMALLINT', int('SMALLINT', 'SMALLINT UNSIGNED')],
  ['INT2', int('SMALLINT', 'SMALLINT UNSIGNED')],
  ['INT', int('INT', 'INT UNSIGNED')],
  ['INTEGER', int('INT', 'INT UNSIGNED')],
  ['INT4', int('INT', 'INT UNSIGNED')],
  ['BIGINT', int('BIGINT', 'BIGINT UNSIGNED')],
  ['INT8', int('BIGINT', 'BIGINT UNSIGNED')],
  ['FLOAT', { name: 'FLOAT', parameters: 'ignored' }],
  ['REAL', { name: 'FLOAT', parameters: 'none' }],
  ['FLOAT4', { name: 'FLOAT', parameters: 'none' }],
  ['DOUBLE', { name: 'DOUBLE', parameters: 'ignored' }],
  ['FLOAT8', { name: 'DOUBLE', parameters: 'none' }],
  ['TEXT', { name: 'TEXT', parameters: 'none' }],
  ['VARCHAR', { name: 'TEXT', parameters: 'length' }],
  ['CHAR', { name: 'TEXT', parameters: 'length' }],
  ['STRING', { name: 'TEXT', parameters: 'length' }],
  ['DECIMAL', { name: 'DECIMAL', parameters: 'decimal' }],
  ['NUMERIC', { name: 'DECIMAL', parameters: 'decimal' }],
  ['TIMESTAMP', { name: 'TIMESTAMP', parameters: 'timestamp' }],
  ['DATETIME', { name: 'TIMESTAMP', parameters: 'none' }],
  ['DATE', { name: 'DATE', parameters: 'none' }],
  ['TIME', { name: 'TIME', parameters: 'none' }],
  ['INTERVAL', { name: 'INTERVAL', parameters: 'none' }],
  ['BYTEA', { name: 'BYTEA', parameters: 'none' }],
  ['JSON', { name: 'JSON', parameters: 'none' }],
]);

/** Types other systems have, with what Arroyo has instead: a suggestion closer than spelling. */
const INSTEAD: ReadonlyMap<string, string> = new Map([
  ['ROW', 'STRUCT'],
  ['MAP', 'JSON'],
  ['LIST', 'ARRAY'],
  ['BINARY', 'BYTEA'],
  ['VARBINARY', 'BYTEA'],
  ['BLOB', 'BYTEA'],
  ['BYTES', 'BYTEA'],
  ['TIMESTAMPTZ', 'TIMESTAMP'],
  ['TIMESTAMP_LTZ', 'TIMESTAMP'],
  ['MEDIUMINT', 'INT'],
  ['INT32', 'INT'],
  ['INT64', 'BIGINT'],
  ['FLOAT32', 'FLOAT'],
  ['FLOAT64', 'DOUBLE'],
  ['NUMBER', 'DECIMAL'],
  ['UUID', 'TEXT'],
  ['JSONB', 'JSON'],
]);

/**
 * Every type name the column reader takes, for closest-match suggestions.
 *
 * @example
 * ```ts
 * closestMatch('VARCHR', TYPE_SPELLINGS); // 'VARCHAR'
 * ```
 */
export const TYPE_SPELLINGS: readonly string[] = [...SCALAR_TYPES.keys(), 'STRUCT', 'ARRAY'];

/**
 * What Arroyo has instead of a type it does not (`ROW` → `STRUCT`, `MAP` → `JSON`), if
 * that is plainer than the nearest spelling.
 *
 * @example
 * ```ts
 * typeInstead('ROW'); // 'STRUCT'
 * ```
 */
export function typeInstead(written: string): string | undefined {
  return INSTEAD.get(written);
}

/** Parameterless types are shared, frozen: a wide script allocates no type object per column. */
const PLAIN = new Map<ColumnTypeName, ColumnType>();

/** The canonical type for a spelling and its parameters, with its SQL. */
export function scalarType(name: ColumnTypeName, parameters?: { precision?: number; scale?: number; length?: number }): ColumnType {
  const precision = parameters?.precision;
  const scale = parameters?.scale;
  const length = parameters?.length;
  if (precision === undefined && length === undefined && name !== 'DECIMAL') {
    let plain = PLAIN.get(name);
    if (!plain) PLAIN.set(name, (plain = Object.freeze({ name, sql: name })));
    return plain;
  }
  if (name === 'DECIMAL') return { name, sql: `DECIMAL(${precision}, ${scale})`, precision, scale };
  if (precision !== undefined) return { name, sql: `${name}(${precision})`, precision };
  return { name, sql: name, length };
}

/** `ARRAY` of `element`, spelt `element[]` as Arroyo's docs do. */
export function arrayType(element: ColumnType): ColumnType {
  return { name: 'ARRAY', sql: `${element.sql}[]`, element };
}

/** A field name as SQL: bare when it is a plain word, else in double quotes. */
function fieldSql(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/** `STRUCT<name TYPE, …>`. */
export function structType(fields: StructField[]): ColumnType {
  return { name: 'STRUCT', sql: `STRUCT<${fields.map((f) => `${fieldSql(f.name)} ${f.type.sql}`).join(', ')}>`, fields };
}
