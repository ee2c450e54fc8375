import type { Table } from './types.js';

/** A SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** An identifier, quoted when it is not a plain one. */
export function sqlIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/**
 * The CREATE TABLE statement of a registered table, in its dialect: its columns, its
 * connector or profile (both in Flink SQL, where a table always names its connector), and
 * its own options. Resolving it shows the table as the planner gets it.
 *
 * @example
 * ```ts
 * createTableSql(table); // "CREATE TABLE orders (id BIGINT) WITH ('connection_profile' = 'k', 'topic' = 'orders')"
 * ```
 */
export function createTableSql(table: Table): string {
  const columns = Array.isArray(table.schema) ? (table.schema as Array<{ text?: string }>).map((c) => c.text).filter(Boolean) : [];
  const connector: Array<[string, string]> = table.connection_profile && table.dialect !== 'flink' ? [] : [['connector', table.connector]];
  const profile: Array<[string, string]> = table.connection_profile ? [['connection_profile', table.connection_profile]] : [];
  const options: Array<[string, string]> = [...connector, ...profile, ...Object.entries(table.config)];
  return `CREATE TABLE ${sqlIdentifier(table.name)} ${columns.length ? `(${columns.join(', ')}) ` : ''}WITH (\n${options.map(([k, v]) => `  ${sqlString(k)} = ${sqlString(v)}`).join(',\n')}\n)`;
}
