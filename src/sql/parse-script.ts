import type { SqlProblem } from './sql-problem.js';
import { StatementReader, type ParseOptions } from './statement-reader.js';
import type { ParsedStatement } from './table-definition.js';

/**
 * Every statement of a script, in order, and every syntax problem found.
 *
 * @example
 * ```ts
 * const parsed: ParsedScript = parseScript('CREATE VIEW v AS SELECT 1; CREATE TABLE (');
 * parsed.problems[0].line; // 1
 * ```
 */
export interface ParsedScript {
  statements: ParsedStatement[];
  problems: SqlProblem[];
}

/**
 * Parses a script: splits it into statements (a `;` inside a string, identifier or
 * comment does not split), reads each `CREATE TABLE` envelope with exact positions, and
 * passes every other statement through as text. A broken statement is reported and
 * skipped; the statements after it are still read. Time is linear in the script's size.
 *
 * @example
 * ```ts
 * const { statements, problems } = parseScript(
 *   "CREATE TABLE o (id BIGINT) WITH (connector = 'kafka', topic = 'o'); CREATE VIEW v AS SELECT * FROM o;",
 * );
 * statements[0].table!.options.map((o) => o.key); // ['connector', 'topic']
 * statements[1].kind; // 'other'
 * ```
 */
export function parseScript(sql: string, options: ParseOptions = {}): ParsedScript {
  const reader = new StatementReader(sql);
  const statements: ParsedStatement[] = [];
  const problems = reader.problems.slice();
  for (let index = 0; index < reader.count; index++) {
    const { statement, problem } = reader.read(index, options);
    statements.push(statement);
    if (problem) problems.push(problem);
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { statements, problems };
}
