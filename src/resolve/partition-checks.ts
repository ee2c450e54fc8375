import type { TableDefinition } from '../sql/index.js';
import { invalidValue } from '../errors/index.js';
import { type Diagnostic, diagnosticAt } from './diagnostic.js';
import type { MergedTable } from './merge-table.js';

/**
 * Checks the statement's `PARTITIONED BY (…)` clause with the connector's partition rule
 * (an Iceberg sink's transforms, say), each problem `INVALID_VALUE` at the element it
 * concerns. Its columns are checked against the table's only where those were read.
 *
 * @example
 * ```ts
 * const errors = checkPartitions(table, merged);
 * errors[0]?.message; // "unsupported iceberg transform function 'hash' in PARTITIONED BY …"
 * ```
 */
export function checkPartitions(table: TableDefinition, merged: MergedTable): Diagnostic[] {
  const rule = merged.connector.partitionRule;
  const fields = table.partitionedBy;
  if (!rule || !fields) return [];
  const columns = (table.columns ?? []).map((c) => c.name);
  return rule(fields, columns).map((issue) =>
    diagnosticAt(invalidValue(undefined, issue.message, { standalone: true }), fields[issue.index].span, table.name),
  );
}
