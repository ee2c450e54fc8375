import type { ColumnType, ColumnTypeName, StructField } from './column-definition.js';

/**
 * What a Flink SQL type spelling takes in parentheses: nothing, a length (`VARCHAR(n)`),
 * a precision (`TIMESTAMP(p)`) or a precision and a scale (`DECIMAL(p, s)`).
 *
 * @example
 * ```ts
 * const parameters: FlinkParameters = FLINK_SCALAR_TYPES.get('VARCHAR')!.parameters; // 'length'
 * ```
 */
export type FlinkParameters = 'none' | 'length' | 'precision' | 'decimal';

/**
 * A scalar spelling of Flink SQL: the type it names, what it takes in parentheses, and
 * the value Flink gives a parameter left out (`CHAR` is `CHAR(1)`, `TIMESTAMP` is
 * `TIMESTAMP(6)`, `VARCHAR` is `STRING`).
 *
 * @example
 * ```ts
 * const spelling: FlinkSpelling = { name: 'CHAR', parameters: 'length', otherwise: 1 };
 * ```
 */
export interface FlinkSpelling {
  name: ColumnTypeName;
  parameters: FlinkParameters;
  otherwise?: number;
}

/**
 * The longest `VARCHAR` and `VARBINARY`: `STRING` and `BYTES`.
 *
 * @example
 * ```ts
 * flinkScalarType('VARCHAR', 'length', [FLINK_MAX_LENGTH]).sql; // 'STRING'
 * ```
 */
export const FLINK_MAX_LENGTH = 2_147_483_647;

const plain = (name: ColumnTypeName): FlinkSpelling => ({ name, parameters: 'none' });
const length = (name: ColumnTypeName, otherwise: number): FlinkSpelling => ({ name, parameters: 'length', otherwise });
const precision = (name: ColumnTypeName, otherwise: number): FlinkSpelling => ({ name, parameters: 'precision', otherwise });
const decimal: FlinkSpelling = { name: 'DECIMAL', parameters: 'decimal', otherwise: 10 };

/**
 * Every scalar type spelling Flink 2.2.1's DDL takes, by its first word in upper case
 * (measured against its planner). `DOUBLE PRECISION`, `CHARACTER VARYING` and the time
 * zone clauses are read after the first word; `ARRAY`, `MULTISET`, `MAP`, `ROW` and `RAW`
 * are composite, read on their own. Flink's parser also reads `INTERVAL …` and `TIME …
 * WITH LOCAL TIME ZONE`, then refuses them in a column list.
 *
 * @example
 * ```ts
 * FLINK_SCALAR_TYPES.get('TIMESTAMP_LTZ'); // { name: 'TIMESTAMP_LTZ', parameters: 'precision', otherwise: 6 }
 * ```
 */
export const FLINK_SCALAR_TYPES: ReadonlyMap<string, FlinkSpelling> = new Map<string, FlinkSpelling>([
  ['STRING', plain('VARCHAR')],
  ['VARCHAR', length('VARCHAR', FLINK_MAX_LENGTH)],
  ['CHAR', length('CHAR', 1)],
  ['CHARACTER', length('CHAR', 1)],
  ['BOOLEAN', plain('BOOLEAN')],
  ['BINARY', length('BINARY', 1)],
  ['VARBINARY', length('VARBINARY', FLINK_MAX_LENGTH)],
  ['BYTES', plain('VARBINARY')],
  ['DECIMAL', decimal],
  ['DEC', decimal],
  ['NUMERIC', decimal],
  ['TINYINT', plain('TINYINT')],
  ['SMALLINT', plain('SMALLINT')],
  ['INT', plain('INT')],
  ['INTEGER', plain('INT')],
  ['BIGINT', plain('BIGINT')],
  ['FLOAT', plain('FLOAT')],
  ['DOUBLE', plain('DOUBLE')],
  ['DATE', plain('DATE')],
  ['TIME', precision('TIME', 0)],
  ['TIMESTAMP', precision('TIMESTAMP', 6)],
  ['TIMESTAMP_LTZ', precision('TIMESTAMP_LTZ', 6)],
  ['VARIANT', plain('VARIANT')],
]);

/** Types of Arroyo and other systems, with what Flink SQL has instead. */
const FLINK_INSTEAD: ReadonlyMap<string, string> = new Map([
  ['TEXT', 'STRING'],
  ['JSON', 'STRING'],
  ['UUID', 'STRING'],
  ['STRUCT', 'ROW'],
  ['LIST', 'ARRAY'],
  ['BYTEA', 'BYTES'],
  ['BLOB', 'BYTES'],
  ['BOOL', 'BOOLEAN'],
  ['REAL', 'FLOAT'],
  ['FLOAT4', 'FLOAT'],
  ['FLOAT8', 'DOUBLE'],
  ['INT2', 'SMALLINT'],
  ['INT4', 'INT'],
  ['INT8', 'BIGINT'],
  ['INT32', 'INT'],
  ['INT64', 'BIGINT'],
  ['DATETIME', 'TIMESTAMP'],
  ['TIMESTAMPTZ', 'TIMESTAMP_LTZ'],
  ['NUMBER', 'DECIMAL'],
]);

/**
 * Every type name Flink SQL takes, for closest-match suggestions.
 *
 * @example
 * ```ts
 * closestMatch('TIMESTMAP', FLINK_TYPE_SPELLINGS); // 'TIMESTAMP'
 * ```
 */
export const FLINK_TYPE_SPELLINGS: readonly string[] = [...FLINK_SCALAR_TYPES.keys(), 'ARRAY', 'MULTISET', 'MAP', 'ROW', 'RAW'];

/**
 * What Flink SQL has instead of a type of Arroyo's or another system's (`TEXT` →
 * `STRING`, `STRUCT` → `ROW`), if that is plainer than the nearest spelling.
 *
 * @example
 * ```ts
 * flinkTypeInstead('BYTEA'); // 'BYTES'
 * ```
 */
export function flinkTypeInstead(written: string): string | undefined {
  return FLINK_INSTEAD.get(written);
}

/**
 * A Flink scalar type with its parameters, its `sql` as Flink's planner prints it
 * (`STRING` for the longest VARCHAR, `BYTES` for the longest VARBINARY, `TIME(0)` for
 * any TIME, as Flink 2.2.1 plans it).
 *
 * @example
 * ```ts
 * flinkScalarType('TIMESTAMP_LTZ', 'precision', [3]); // { name: 'TIMESTAMP_LTZ', sql: 'TIMESTAMP_LTZ(3)', precision: 3 }
 * ```
 */
export function flinkScalarType(name: ColumnTypeName, parameters: FlinkParameters, numbers: readonly number[]): ColumnType {
  if (parameters === 'none') return plainType(name);
  // Shared, frozen, as plain types are: a wide script writes the same few types again and
  // again. Found by name, then by the numbers as one (Flink's scales are at most 38).
  let byNumbers = WITH_PARAMETERS.get(name);
  if (!byNumbers) WITH_PARAMETERS.set(name, (byNumbers = new Map()));
  const scale = numbers[1] ?? 0;
  const key = scale < 64 ? numbers[0] * 64 + scale : undefined;
  let type = key === undefined ? undefined : byNumbers.get(key);
  if (!type) {
    type = Object.freeze(typeWithParameters(name, parameters, numbers));
    if (key !== undefined && shared < MAX_SHARED) {
      byNumbers.set(key, type);
      shared++;
    }
  }
  return type;
}

/** Types with parameters, by name and numbers; bounded (`shared` of them), so no script can grow it without end. */
const WITH_PARAMETERS = new Map<ColumnTypeName, Map<number, ColumnType>>();
const MAX_SHARED = 4096;
let shared = 0;

function typeWithParameters(name: ColumnTypeName, parameters: FlinkParameters, numbers: readonly number[]): ColumnType {
  const [p, s] = numbers;
  switch (parameters) {
    case 'none':
      return plainType(name);
    case 'length': {
      const longest = p === FLINK_MAX_LENGTH && (name === 'VARCHAR' || name === 'VARBINARY');
      return { name, sql: longest ? (name === 'VARCHAR' ? 'STRING' : 'BYTES') : `${name}(${p})`, length: p };
    }
    case 'precision':
      return name === 'TIME' ? { name, sql: 'TIME(0)', precision: 0 } : { name, sql: `${name}(${p})`, precision: p };
    case 'decimal':
      return { name, sql: `DECIMAL(${p}, ${s})`, precision: p, scale: s };
  }
}

/** Parameterless types are shared, frozen: a wide script allocates no type object per column. */
const PLAIN = new Map<ColumnTypeName, ColumnType>();

function plainType(name: ColumnTypeName): ColumnType {
  let plain = PLAIN.get(name);
  if (!plain) {
    const sql = name === 'VARCHAR' ? 'STRING' : name === 'VARBINARY' ? 'BYTES' : name;
    PLAIN.set(name, (plain = Object.freeze({ name, sql })));
  }
  return plain;
}

/** How Flink prints a type held in another: with `NOT NULL` when it is not nullable. */
function heldSql(type: ColumnType, notNull: boolean): string {
  return notNull ? `${type.sql} NOT NULL` : type.sql;
}

/**
 * `ARRAY<t>` or `MULTISET<t>` (also written `t ARRAY`, `t MULTISET`).
 *
 * @example
 * ```ts
 * flinkCollectionType('ARRAY', int, true).sql; // 'ARRAY<INT NOT NULL>'
 * ```
 */
export function flinkCollectionType(name: 'ARRAY' | 'MULTISET', element: ColumnType, notNull: boolean): ColumnType {
  return { name, sql: `${name}<${heldSql(element, notNull)}>`, element };
}

/**
 * `MAP<k, v>`.
 *
 * @example
 * ```ts
 * flinkMapType(string, false, int, false).sql; // 'MAP<STRING, INT>'
 * ```
 */
export function flinkMapType(key: ColumnType, keyNotNull: boolean, value: ColumnType, valueNotNull: boolean): ColumnType {
  return { name: 'MAP', sql: `MAP<${heldSql(key, keyNotNull)}, ${heldSql(value, valueNotNull)}>`, key, value };
}

/**
 * One field of a `ROW`, with whether it said `NOT NULL` (its comment is not kept, as
 * Flink's planner keeps none in the type).
 *
 * @example
 * ```ts
 * const field: FlinkRowField = { name: 'x', type: int, notNull: false };
 * ```
 */
export interface FlinkRowField extends StructField {
  notNull: boolean;
}

/**
 * `ROW<name t, …>` (also written `ROW(name t, …)`), each field name in backticks as Flink prints it.
 *
 * @example
 * ```ts
 * flinkRowType([{ name: 'x', type: int, notNull: false }]).sql; // 'ROW<`x` INT>'
 * ```
 */
export function flinkRowType(fields: readonly FlinkRowField[]): ColumnType {
  const sql = fields.map((f) => `\`${f.name.replaceAll('`', '``')}\` ${heldSql(f.type, f.notNull)}`).join(', ');
  return { name: 'ROW', sql: `ROW<${sql}>`, fields: fields.map(({ name, type }) => ({ name, type })) };
}
