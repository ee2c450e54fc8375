import type { ColumnIssue } from '../connectors/index.js';
import { type ColumnDefinition, isVirtualColumn } from '../sql/index.js';
import { closestMatch } from './closest-match.js';
import type { MergedTable } from './merge-table.js';

/** A column or schema rule's issue, with the closest spelling to suggest where one is near. */
export type CheckedIssue = ColumnIssue & { suggestion?: string };

/**
 * The rules Arroyo's planner checks between a connection table's schema and its options,
 * whatever the connector, as `ConnectorTable::from_options` and the file sinks'
 * partitioning do:
 *
 * - every `partitioning.fields` name is a column of the table that is not virtual;
 * - an updating format (`debezium_json`) takes no virtual column, and a source in it has
 *   a PRIMARY KEY.
 *
 * `columns` is null where the column list was not read (`parseColumns: false`); then
 * nothing is checked. An empty list (a schema inferred) checks only the primary key.
 *
 * @example
 * ```ts
 * schemaIssues(table.columns, merged); // [{ key: 'partitioning.fields', message: "partitioning.fields names 'dt', …" }]
 * ```
 */
export function schemaIssues(columns: readonly ColumnDefinition[] | null, merged: MergedTable): CheckedIssue[] {
  if (columns === null) return [];
  const issues: CheckedIssue[] = [];
  const partitioning = merged.config.partitioning as { fields?: readonly string[] } | undefined;
  if (partitioning?.fields && columns.length > 0) {
    const physical = columns.filter((c) => !isVirtualColumn(c)).map((c) => c.name);
    for (const name of partitioning.fields) {
      if (physical.includes(name)) continue;
      const virtual = columns.some((c) => c.name === name);
      issues.push({
        key: 'partitioning.fields',
        code: 'INVALID_COLUMN',
        message: virtual
          ? `partitioning.fields names '${name}', a virtual column: a file is partitioned by the columns it writes`
          : `partitioning.fields names '${name}', which is not a column of the table`,
        suggestion: virtual ? undefined : closestMatch(name, physical),
      });
    }
  }
  if (merged.config.format !== 'debezium_json') return issues;
  for (const column of columns) {
    if (isVirtualColumn(column))
      issues.push({
        column: column.name,
        message: `column '${column.name}' is virtual, and Arroyo takes no virtual column with format 'debezium_json'`,
      });
  }
  if (isSource(merged) && !columns.some((c) => c.primaryKey)) {
    issues.push({
      key: 'format',
      code: 'INVALID_COLUMN',
      message: "a source in format 'debezium_json' must have at least one PRIMARY KEY column",
    });
  }
  return issues;
}

/** Whether the table reads: its `type` says so, or its connector makes sources only. */
function isSource(merged: MergedTable): boolean {
  const type = merged.config.type;
  if (type !== undefined) return type === 'source';
  const roles = merged.connector.roles;
  return roles.length === 1 && roles[0] === 'source';
}
