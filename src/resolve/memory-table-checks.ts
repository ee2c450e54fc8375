import { invalidColumn, missingOption, unknownOption } from '../errors/index.js';
import { isVirtualColumn, type TableDefinition } from '../sql/index.js';
import { closestMatch } from './closest-match.js';
import { type Diagnostic, diagnosticAt } from './diagnostic.js';
import { CONNECTOR_KEY, PROFILE_KEY } from './table-input.js';

/** The connector value Arroyo reads as "no connector": its planner keeps the table in memory. */
const MEMORY_CONNECTOR = 'memory';

/**
 * Whether Arroyo's planner makes `table` a memory table: a `CREATE TABLE` with a schema of
 * its own (not `… AS <query>` or `LIKE`), no `connection_profile`, and either no
 * `connector` or `connector = 'memory'`.
 *
 * @example
 * ```ts
 * isMemoryTable(parseScript("CREATE TABLE t (a INT) WITH (connector = 'memory')").statements[0].table!); // true
 * ```
 */
export function isMemoryTable(table: TableDefinition): boolean {
  if (table.fromQuery) return false;
  for (const option of table.options) {
    if (option.key === PROFILE_KEY) return false;
    if (option.key === CONNECTOR_KEY && option.value !== MEMORY_CONNECTOR) return false;
  }
  return true;
}

/**
 * What Arroyo's planner refuses in a memory table (see {@link isMemoryTable}), each at its
 * place: a virtual column (`INVALID_COLUMN`), and any WITH option. With no connector, an
 * option is `MISSING_OPTION` (the table probably meant to name one); beside
 * `connector = 'memory'`, it is `UNKNOWN_OPTION` of the memory connector, which has none.
 *
 * @example
 * ```ts
 * memoryTableProblems(parseScript("CREATE TABLE t (a INT) WITH (format = 'csv')").statements[0].table!);
 * // [{ code: 'MISSING_OPTION', key: 'connector', message: "table 't' names neither a connector nor …", … }]
 * ```
 */
export function memoryTableProblems(table: TableDefinition): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const column of table.columns ?? []) {
    if (!isVirtualColumn(column)) continue;
    const reason = `column '${column.name}' is virtual, and Arroyo's memory tables take no virtual columns: compute it in a query instead`;
    problems.push(diagnosticAt(invalidColumn(reason), column.nameSpan, table.name));
  }
  const memory = table.options.some((option) => option.key === CONNECTOR_KEY);
  const other = table.options.find((option) => option.key !== CONNECTOR_KEY);
  if (other === undefined) return problems;
  const problem = memory
    ? unknownOption({ key: other.key, connector: MEMORY_CONNECTOR, where: 'table' })
    : missingOption(CONNECTOR_KEY, {
        table: table.name,
        needs: 'connector',
        // A misspelled `connector` or `connection_profile` is the likely mistake.
        suggestion: closestMatch(other.key, [CONNECTOR_KEY, PROFILE_KEY]),
        reason:
          `table '${table.name}' sets WITH options but names neither a connector nor a connection_profile, ` +
          `and Arroyo's memory tables take no WITH options: set 'connector' (or 'connection_profile') to create a connection table`,
      });
  problems.push(diagnosticAt(problem, other.keySpan, table.name));
  return problems;
}
