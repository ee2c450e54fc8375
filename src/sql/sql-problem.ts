/**
 * A token the reader could not use, as data: its kind and length, never its text (in a
 * broken statement it may well be a secret: `'auth.password' = "hunter2"`, a bare
 * `= hunter2`). Only a punctuation character, which cannot hold one, is given (`char`).
 *
 * @example
 * ```ts
 * const found: FoundToken = { kind: 'string literal', length: 9 };
 * ```
 */
export type FoundToken =
  | { kind: 'end' }
  | { kind: 'punctuation'; char: string }
  | { kind: 'word' | 'number' | 'string literal' | 'double-quoted identifier' | 'backtick identifier'; length: number };

/**
 * What is wrong with a script's syntax, as data (worded by the library's `messageOf`):
 * what the grammar `expected` there and the token `found` instead; an opening that is
 * never closed (`unclosed`, what it is); a literal or comment left `unterminated`; an
 * `unexpected` character.
 *
 * @example
 * ```ts
 * const syntax: SyntaxDetail = { expected: "'=' after option key 'k'", found: { kind: 'string literal', length: 3 } };
 * ```
 */
export type SyntaxDetail =
  | { expected: string; found?: FoundToken }
  | { unclosed: string }
  | { unterminated: 'string literal' | 'quoted identifier' | 'backtick identifier' | '/* comment' }
  | { unexpected: 'NUL byte' };

/**
 * A syntax problem in a script, positioned at the offending character or token.
 * `statementIndex` is the index of the statement it belongs to, when there is one.
 *
 * @example
 * ```ts
 * parseScript("CREATE TABLE t (a INT) WITH ('k' = 'v)").problems[0];
 * // { code: 'PARSE_ERROR', syntax: { unterminated: 'string literal' }, line: 1, column: 36, … }
 * ```
 */
export interface SqlProblem {
  code: 'PARSE_ERROR';
  syntax: SyntaxDetail;
  line: number;
  column: number;
  offset: number;
  statementIndex?: number;
}
