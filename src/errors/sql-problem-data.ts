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
 * A clause written where the dialect's grammar does not read it: Flink's `PARTITIONED BY
 * (…)` between the column list and WITH in an Arroyo script (Arroyo reads it only after
 * `WITH (…)`), or Arroyo's after WITH in a Flink script (Flink reads it only before).
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
  /** Where the dialect reads the clause: after this one (Arroyo: `WITH (…)`; Flink: the column list). */
  after: 'WITH (…)' | 'the column list';
}

/**
 * A clause of the other dialect: FLIP-529's `USING CONNECTION name` (Flink SQL) in a
 * script resolved as Arroyo's, whose grammar has no such clause.
 *
 * @example
 * ```ts
 * const p: WrongDialectProblem = { code: 'WRONG_DIALECT', clause: 'USING CONNECTION', table: 'orders', dialect: 'arroyo', of: 'flink' };
 * ```
 */
export interface WrongDialectProblem extends ProblemBase {
  code: 'WRONG_DIALECT';
  clause: 'USING CONNECTION';
  table: string;
  /** The dialect the script is resolved in. */
  dialect: 'arroyo' | 'flink';
  /** The dialect the clause belongs to. */
  of: 'arroyo' | 'flink';
}
