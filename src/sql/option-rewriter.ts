import type { ParsedStatement } from './table-definition.js';

/**
 * Quotes a value as a SQL string literal, doubling any single quote inside.
 *
 * @example
 * ```ts
 * quoteSqlString("it's"); // "'it''s'"
 * ```
 */
export function quoteSqlString(value: string): string {
  return `'${value.includes("'") ? value.replaceAll("'", "''") : value}'`;
}

/**
 * The statement with its WITH clause replaced by `options` (keys and values quoted as
 * strings, one per line). Everything before WITH is kept byte for byte; a statement
 * without WITH gets one.
 *
 * @example
 * ```ts
 * rewriteOptions(statement, [['connector', 'kafka'], ['topic', 'orders']]);
 * // "CREATE TABLE orders (id BIGINT) WITH (\n  'connector' = 'kafka',\n  'topic' = 'orders'\n)"
 * ```
 */
export function rewriteOptions(statement: ParsedStatement, options: ReadonlyArray<readonly [key: string, value: string]>): string {
  const clause = `(\n${options.map(([key, value]) => `  ${quoteSqlString(key)} = ${quoteSqlString(value)}`).join(',\n')}\n)`;
  const withSpan = statement.table?.withSpan;
  if (!withSpan) return `${statement.text} WITH ${clause}`;
  const start = withSpan.offset - statement.span.offset;
  const end = withSpan.end - statement.span.offset;
  return statement.text.slice(0, start) + clause + statement.text.slice(end);
}
