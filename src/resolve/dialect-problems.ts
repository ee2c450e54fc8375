import type { Dialect } from '../connectors/index.js';
import { partitionedByAfterWith, partitionedByBeforeWith, usingConnectionInArroyo } from '../errors/index.js';
import type { TableDefinition } from '../sql/index.js';
import { type Diagnostic, diagnosticAt } from './diagnostic.js';

/**
 * The clauses a table writes that its dialect's grammar does not read, each an error at
 * the clause: in Arroyo, a `PARTITIONED BY` before WITH (`MISPLACED_CLAUSE`) and FLIP-529's
 * `USING CONNECTION` (`WRONG_DIALECT`); in Flink SQL, a `PARTITIONED BY` after WITH
 * (`MISPLACED_CLAUSE`).
 *
 * @example
 * ```ts
 * const errors = dialectProblems(statement.table!, 'arroyo');
 * errors[0]?.code; // 'WRONG_DIALECT' for a table with USING CONNECTION
 * ```
 */
export function dialectProblems(table: TableDefinition, dialect: Dialect): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (dialect === 'flink') {
    const after = table.partitionedBy;
    if (after && after.length > 0) problems.push(diagnosticAt(partitionedByAfterWith(table.name), after[0].span, table.name));
    return problems;
  }
  if (table.partitionedByBeforeWith)
    problems.push(diagnosticAt(partitionedByBeforeWith(table.name), table.partitionedByBeforeWith, table.name));
  if (table.usingConnection) problems.push(diagnosticAt(usingConnectionInArroyo(table.name), table.usingConnection.clauseSpan, table.name));
  return problems;
}
