import type { ProblemBase } from './problem-base.js';

/**
 * A token a reader could not use: its kind and length, never its text (it may be a
 * secret); a punctuation character, which cannot hold one, is given. The same shape as
 * the SQL layer's `FoundToken`.
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
 * What is wrong with a script's syntax (the SQL layer's `SyntaxDetail`): what the grammar
 * `expected` and the token `found`; an opening never closed; a literal or comment left
 * `unterminated`; an `unexpected` character.
 *
 * @example
 * ```ts
 * const syntax: SyntaxDetail = { expected: "'=' after option key 'k'", found: { kind: 'word', length: 3 } };
 * ```
 */
export type SyntaxDetail =
  | { expected: string; found?: FoundToken }
  | { unclosed: string }
  | { unterminated: 'string literal' | 'quoted identifier' | 'backtick identifier' | '/* comment' }
  | { unexpected: 'NUL byte' };

/**
 * A syntax problem, as data: `syntax` says what the reader expected and found, by kind
 * and length, never quoting a token.
 *
 * @example
 * ```ts
 * const p: ParseErrorProblem = { code: 'PARSE_ERROR', syntax: { unterminated: 'string literal' } };
 * ```
 */
export interface ParseErrorProblem extends ProblemBase {
  code: 'PARSE_ERROR';
  syntax: SyntaxDetail;
}

/**
 * A column type Arroyo does not have. `instead` marks a suggestion that is another
 * system's name for an Arroyo type (`ROW` → `STRUCT`) rather than a near spelling.
 *
 * @example
 * ```ts
 * const p: UnknownTypeProblem = { code: 'UNKNOWN_TYPE', columnName: 'name', type: 'VARCHR', suggestion: 'VARCHAR' };
 * ```
 */
export interface UnknownTypeProblem extends ProblemBase {
  code: 'UNKNOWN_TYPE';
  /** The column's name (`column`, in a diagnostic, is its position). */
  columnName: string;
  type: string;
  instead?: boolean;
}

/**
 * A column list, or a column against its connector, that Arroyo refuses, in the
 * check's own words.
 *
 * @example
 * ```ts
 * const p: InvalidColumnProblem = { code: 'INVALID_COLUMN', reason: 'a table takes one WATERMARK FOR only' };
 * ```
 */
export interface InvalidColumnProblem extends ProblemBase {
  code: 'INVALID_COLUMN';
  reason: string;
}

/**
 * A clause written where Arroyo's grammar does not read it: Flink's `PARTITIONED BY (…)`
 * between the column list and WITH, which Arroyo reads only after `WITH (…)`.
 *
 * @example
 * ```ts
 * const p: MisplacedClauseProblem = { code: 'MISPLACED_CLAUSE', clause: 'PARTITIONED BY', table: 'sink', after: 'WITH (…)' };
 * ```
 */
export interface MisplacedClauseProblem extends ProblemBase {
  code: 'MISPLACED_CLAUSE';
  clause: 'PARTITIONED BY';
  table: string;
  /** Where Arroyo reads the clause: after this one. */
  after: 'WITH (…)';
}
