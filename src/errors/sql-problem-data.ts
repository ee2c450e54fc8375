import type { FoundToken, SyntaxDetail } from '../sql/sql-problem.js';
import type { ProblemBase } from './problem-base.js';

export type { FoundToken, SyntaxDetail };

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
