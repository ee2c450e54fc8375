import { sqlStringBody } from './sql-literal.js';
import type { ParsedStatement } from './table-definition.js';

/**
 * One option of a rewritten WITH clause: its key, and its value already written as SQL
 * (`'orders'`, `42`, `INTERVAL '5 seconds'`, `"datetime"`, `[a, b]`; see `sql-literal`).
 *
 * @example
 * ```ts
 * const option: SqlOption = { key: 'topic', value: sqlString('orders') };
 * ```
 */
export interface SqlOption {
  key: string;
  value: string;
}

/**
 * The statement with its WITH clause replaced by `options` (keys quoted as strings,
 * values as given, one per line). Everything before WITH, and after it (`AS SELECT …`,
 * `PARTITIONED BY (…)`), is kept byte for byte; a statement without WITH gets one.
 *
 * @example
 * ```ts
 * rewriteOptions(statement, [{ key: 'connector', value: "'kafka'" }, { key: 'topic', value: "'orders'" }]);
 * // "CREATE TABLE orders (id BIGINT) WITH (\n  'connector' = 'kafka',\n  'topic' = 'orders'\n)"
 * ```
 */
export function rewriteOptions(statement: ParsedStatement, options: readonly SqlOption[]): string {
  const withSpan = statement.table?.withSpan;
  const start = withSpan ? withSpan.offset - statement.span.offset : statement.text.length;
  // One join over pieces in an array of the right size: the statement is built once.
  const pieces = new Array<string>(4 * options.length + 4);
  pieces[0] = statement.text.slice(0, start);
  pieces[1] = withSpan ? '(' : ' WITH (';
  let at = 2;
  for (let i = 0; i < options.length; i++) {
    // The key's quotes go with the pieces around it: no quoted copy of each key is built.
    pieces[at++] = i === 0 ? "\n  '" : ",\n  '";
    pieces[at++] = sqlStringBody(options[i].key);
    pieces[at++] = "' = ";
    pieces[at++] = options[i].value;
  }
  pieces[at++] = '\n)';
  pieces[at] = withSpan ? statement.text.slice(withSpan.end - statement.span.offset) : '';
  return pieces.join('');
}
