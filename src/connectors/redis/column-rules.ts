import type { ColumnInfo, ColumnIssue, ColumnRule } from '../column-rule.js';
import type { RedisTableConfig } from './table-schema.js';

const LOOKUP_KEY = "a Redis lookup table's PRIMARY KEY is one column declared as `name TEXT METADATA FROM 'key'`";

/**
 * A Redis lookup table is read by key: its PRIMARY KEY is exactly one column, `TEXT
 * METADATA FROM 'key'` (Arroyo's `from_options`, and its docs). That the column is TEXT
 * is the metadata field's own rule.
 *
 * @example
 * ```ts
 * redisLookupKeyRule({ columns: [{ name: 'k', type: { name: 'TEXT', sql: 'TEXT' }, nullable: true, primaryKey: true, metadata: null }], config: { type: 'lookup' } });
 * // [{ column: 'k', message: "… is not METADATA FROM 'key' …" }]
 * ```
 */
export const redisLookupKeyRule: ColumnRule = ({ columns, config }) => {
  if ((config as RedisTableConfig).type !== 'lookup' || columns.length === 0) return [];
  const keys = columns.filter((c) => c.primaryKey);
  if (keys.length === 0) return [{ message: `the table has no PRIMARY KEY: ${LOOKUP_KEY}` }];
  const issues: ColumnIssue[] = [];
  for (const [index, column] of keys.entries()) {
    if (index > 0) issues.push({ column: column.name, message: `'${column.name}' is a second PRIMARY KEY column: ${LOOKUP_KEY}` });
    else if (column.metadata?.key !== 'key')
      issues.push({ column: column.name, message: `the PRIMARY KEY column '${column.name}' is not METADATA FROM 'key': ${LOOKUP_KEY}` });
  }
  return issues;
};

function isKeyColumn(column: ColumnInfo | undefined): boolean {
  return column !== undefined && column.type?.name === 'TEXT' && !column.nullable;
}

/**
 * `target.key_column` and `target.field_column` name a non-nullable TEXT column of the
 * table, as Arroyo's Redis sink requires.
 *
 * @example
 * ```ts
 * redisKeyColumnsRule({ columns: [], config: { type: 'sink', key_column: 'user_id' } })[0].key; // 'target.key_column'
 * ```
 */
export const redisKeyColumnsRule: ColumnRule = ({ columns, config }) => {
  const table = config as RedisTableConfig;
  const issues: ColumnIssue[] = [];
  for (const key of ['key_column', 'field_column'] as const) {
    const name = table[key];
    if (typeof name !== 'string' || isKeyColumn(columns.find((c) => c.name === name))) continue;
    const column = columns.find((c) => c.name === name);
    const found = column
      ? `'${name}' is ${column.type?.sql ?? 'a computed column'}${column.nullable ? ', nullable' : ''}`
      : `the table has no column '${name}'`;
    issues.push({ key: `target.${key}`, message: `target.${key} must name a non-nullable TEXT column of the table: ${found}` });
  }
  return issues;
};
