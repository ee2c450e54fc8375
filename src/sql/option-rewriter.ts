import type { ParsedStatement } from './table-definition.js';

/** The inside of a SQL string literal: every single quote doubled. */
function doubleQuotes(value: string): string {
  return value.includes("'") ? value.replaceAll("'", "''") : value;
}

/**
 * The statement with its WITH clause replaced by `options` (keys and values quoted as
 * strings, one per line), taken from each record in turn. Everything before WITH, and
 * after it (`AS SELECT …`), is kept byte for byte; a statement without WITH gets one.
 *
 * @example
 * ```ts
 * rewriteOptions(statement, { connector: 'kafka' }, { topic: 'orders' });
 * // "CREATE TABLE orders (id BIGINT) WITH (\n  'connector' = 'kafka',\n  'topic' = 'orders'\n)"
 * ```
 */
export function rewriteOptions(statement: ParsedStatement, ...options: ReadonlyArray<Readonly<Record<string, string>>>): string {
  const withSpan = statement.table?.withSpan;
  const start = withSpan ? withSpan.offset - statement.span.offset : statement.text.length;
  let count = 0;
  for (const group of options) for (const _ in group) count++;
  // One join over pieces in an array of the right size: the statement is built once.
  const pieces = new Array<string>(5 * count + 4);
  pieces[0] = statement.text.slice(0, start);
  pieces[1] = withSpan ? '(' : ' WITH (';
  let at = 2;
  for (const group of options) {
    for (const key in group) {
      pieces[at] = at === 2 ? "\n  '" : ",\n  '";
      at++;
      pieces[at++] = doubleQuotes(key);
      pieces[at++] = "' = '";
      pieces[at++] = doubleQuotes(group[key]);
      pieces[at++] = "'";
    }
  }
  pieces[at++] = '\n)';
  pieces[at] = withSpan ? statement.text.slice(withSpan.end - statement.span.offset) : '';
  return pieces.join('');
}
