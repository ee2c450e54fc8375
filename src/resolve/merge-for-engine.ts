import { flinkEngineOptions, missingOptionErrors } from './flink-engine-options.js';
import { mergeTable, type MergeOutcome } from './merge-table.js';
import type { MergeContext, TableInput } from './table-input.js';

/**
 * Merges a table as {@link mergeTable} does, then asks its engine's question: what the
 * engine needs that neither the table nor its profile says (a Flink Kafka source's
 * `properties.group.id` under committed offsets), each a `MISSING_OPTION` at the table.
 * The checks a stored table passes when registered and at every change of its profile,
 * as a resolve would make them.
 *
 * @example
 * ```ts
 * const outcome = mergeForEngine(storedTableInput(table, 'events'), { registry: flinkRegistry, profiles, profileNames: [], env: {} });
 * if (!outcome.ok) outcome.errors; // [{ code: 'MISSING_OPTION', key: 'properties.group.id', … }]
 * ```
 */
export function mergeForEngine(table: TableInput, context: MergeContext): MergeOutcome {
  const outcome = mergeTable(table, context);
  if (!outcome.ok || outcome.table.connector.dialect !== 'flink') return outcome;
  const { missing } = flinkEngineOptions(outcome.table, false);
  if (missing.length === 0) return outcome;
  return { ok: false, errors: missingOptionErrors(missing, table.name, table.position) };
}
