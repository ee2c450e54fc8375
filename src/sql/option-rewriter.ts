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
 * The start of an option line that follows another: `,\n  'key' = `, the key quoted as a
 * string. The value, already SQL, goes after it (see {@link optionLines}).
 *
 * @example
 * ```ts
 * optionLineStart('auth.type') + "'sasl'"; // ",\n  'auth.type' = 'sasl'"
 * ```
 */
export function optionLineStart(key: string): string {
  return `,\n  '${sqlStringBody(key)}' = `;
}

/**
 * WITH options written as the lines of a clause: `'key' = value` each (see
 * {@link optionLineStart}), keys quoted as strings, values as given, one per line. Lines
 * written once can be shared by many statements, and more lines written with
 * {@link optionLineStart} follow them (see {@link rewriteWith}).
 *
 * @example
 * ```ts
 * optionLines([{ key: 'topic', value: "'orders'" }]); // "\n  'topic' = 'orders'"
 * ```
 */
export function optionLines(options: readonly SqlOption[]): string {
  const pieces = new Array<string>(2 * options.length);
  for (let i = 0; i < options.length; i++) {
    pieces[2 * i] = optionLineStart(options[i].key);
    pieces[2 * i + 1] = options[i].value;
  }
  // The first line follows none: no comma before it.
  return pieces.join('').slice(1);
}

/**
 * The statement with its WITH clause's options replaced by `lines` (see
 * {@link optionLines}). Everything before WITH, and after it (`AS SELECT …`,
 * `PARTITIONED BY (…)`), is kept byte for byte; a statement without WITH gets one.
 *
 * @example
 * ```ts
 * rewriteWith(statement, optionLines([{ key: 'connector', value: "'kafka'" }]));
 * // "CREATE TABLE orders (id BIGINT) WITH (\n  'connector' = 'kafka'\n)"
 * ```
 */
export function rewriteWith(statement: ParsedStatement, lines: string): string {
  const withSpan = statement.table?.withSpan;
  const text = withoutConnectionClause(statement);
  if (!withSpan) return `${text} WITH (${lines}\n)`;
  const cut = text.length - statement.text.length;
  const start = withSpan.offset - statement.span.offset + cut;
  return `${text.slice(0, start)}(${lines}\n)${text.slice(withSpan.end - statement.span.offset + cut)}`;
}

/**
 * The statement's text without its `USING CONNECTION name` clause and the blanks before
 * it: the connection is inlined, and no engine of today reads the clause.
 */
function withoutConnectionClause(statement: ParsedStatement): string {
  const clause = statement.table?.usingConnection?.clauseSpan;
  const text = statement.text;
  if (!clause) return text;
  let from = clause.offset - statement.span.offset;
  while (from > 0 && /\s/.test(text[from - 1])) from--;
  return text.slice(0, from) + text.slice(clause.end - statement.span.offset);
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
  return rewriteWith(statement, optionLines(options));
}
