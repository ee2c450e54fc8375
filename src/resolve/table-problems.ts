import type { ScriptProblem } from '../errors/index.js';
import { diagnosticAt, type Diagnostic } from './diagnostic.js';
import type { Position } from './position.js';
import type { Problem } from './prepare-profile.js';
import type { TableInput, TableOptionInput } from './table-input.js';

/**
 * The problems found while merging one table, each positioned in the script: at an
 * option's key or value, or at the statement when nothing narrower applies. Every step
 * of a merge reports through one of these.
 *
 * @example
 * ```ts
 * const problems = new TableProblems(table);
 * problems.report(unknownOption({ key: 'topc', connector: 'kafka', where: 'table' }), problems.keyAt(option));
 * problems.errors.length; // 1
 * ```
 */
export class TableProblems {
  readonly errors: Diagnostic[] = [];

  constructor(readonly table: TableInput) {}

  report(problem: ScriptProblem, at: Position): void {
    this.errors.push(diagnosticAt(problem, at, this.table.name));
  }

  /** Reports problems found before their position was known; `at` positions each by its key. */
  reportAll(problems: readonly Problem[], at: (key?: string) => Position): void {
    for (const { message: _rendered, ...problem } of problems) this.report(problem as ScriptProblem, at(problem.key));
  }

  /** Where an option's key stands, or the statement. */
  keyAt(option: TableOptionInput | undefined): Position {
    return option?.keySpan ?? this.table.position;
  }

  /** Where an option's value stands, or its key, or the statement. */
  valueAt(option: TableOptionInput | undefined): Position {
    return option?.valueSpan ?? this.keyAt(option);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}
