import type { ConnectorRegistry } from '../connectors/index.js';
import type { TableDefinition } from '../sql/index.js';
import { invalidValue, partitionedByIgnored } from '../errors/index.js';
import { type Diagnostic, diagnosticAt, type Warning, warningAt } from './diagnostic.js';
import type { MergedTable } from './merge-table.js';

/**
 * Checks the statement's `PARTITIONED BY (…)` clause with the connector's partition rule
 * (an Iceberg sink's transforms, say), each problem `INVALID_VALUE` at the element it
 * concerns. Its columns are checked against the table's only where those were read. A
 * Flink table's clause is the one before WITH, and only its physical columns count.
 *
 * @example
 * ```ts
 * const errors = checkPartitions(table, merged);
 * errors[0]?.message; // "unsupported iceberg transform function 'hash' in PARTITIONED BY …"
 * ```
 */
export function checkPartitions(table: TableDefinition, merged: MergedTable): Diagnostic[] {
  const rule = merged.connector.partitionRule;
  // Flink writes the clause before WITH, and partitions by physical columns only.
  const flink = merged.connector.dialect === 'flink';
  const fields = flink ? table.partitionsBeforeWith : table.partitionedBy;
  if (!rule || !fields) return [];
  const columns = (table.columns ?? []).filter((c) => !flink || (c.metadata === null && c.generated === null)).map((c) => c.name);
  return rule(fields, columns).map((issue) =>
    diagnosticAt(invalidValue(undefined, issue.message, { standalone: true }), fields[issue.index].span, table.name),
  );
}

/**
 * `PARTITIONED_BY_IGNORED` for a `PARTITIONED BY (…)` clause on a table whose connector
 * has no partition rule: Arroyo's connector never reads the clause (only Iceberg's does;
 * filesystem and Delta sinks partition by their `partitioning.fields` option). The
 * warning names the registered connectors that read it, looked up only then.
 *
 * @example
 * ```ts
 * warnings.push(...ignoredPartitions(table, merged, registry));
 * ```
 */
export function ignoredPartitions(table: TableDefinition, merged: MergedTable, registry: ConnectorRegistry): Warning[] {
  const fields = table.partitionedBy;
  if (!fields || fields.length === 0 || merged.connector.partitionRule) return [];
  const readBy = registry.names().filter((name) => registry.get(name)?.partitionRule !== undefined);
  return [warningAt(partitionedByIgnored(merged.connector.name, table.name, readBy), fields[0].span, table.name)];
}
