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
  return `'${doubleQuotes(value)}'`;
}

function doubleQuotes(value: string): string {
  return value.includes("'") ? value.replaceAll("'", "''") : value;
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
  // One join over the pieces: the statement is built once, not copied clause by clause.
  const withSpan = statement.table?.withSpan;
  const start = withSpan ? withSpan.offset - statement.span.offset : statement.text.length;
  const pieces: string[] = [statement.text.slice(0, start), withSpan ? '(' : ' WITH ('];
  for (let i = 0; i < options.length; i++) {
    const [key, value] = options[i];
    pieces.push(i === 0 ? "\n  '" : ",\n  '", doubleQuotes(key), "' = '", doubleQuotes(value), "'");
  }
  pieces.push('\n)', withSpan ? statement.text.slice(withSpan.end - statement.span.offset) : '');
  return pieces.join('');
}
