/**
 * A syntax problem in a script, positioned at the offending character or token.
 * `statementIndex` is the index of the statement it belongs to, when there is one.
 *
 * @example
 * ```ts
 * parseScript("CREATE TABLE t (a INT) WITH ('k' = 'v)").problems[0];
 * // { code: 'PARSE_ERROR', message: 'unterminated string literal', line: 1, column: 36, … }
 * ```
 */
export interface SqlProblem {
  code: 'PARSE_ERROR';
  message: string;
  line: number;
  column: number;
  offset: number;
  statementIndex?: number;
}
