import type { Connector } from '../connectors/index.js';
import { assembleMerged } from './assemble-merged.js';
import type { Diagnostic } from './diagnostic.js';
import { findConnector } from './find-connector.js';
import type { FlatEntry } from './flatten-config.js';
import { profileCandidates } from './profile-candidates.js';
import { readOptions } from './read-options.js';
import type { Provenance } from './resolved-table.js';
import type { SideOutputs } from './side-outputs.js';
import { tableCandidates } from './table-candidates.js';
import type { MergeContext, TableInput } from './table-input.js';
import { TableProblems } from './table-problems.js';
import { validateSides } from './validate-sides.js';

/**
 * A merged, validated table: everything but the rewritten SQL.
 *
 * @example
 * ```ts
 * const outcome = mergeTable(input, context);
 * if (outcome.ok) outcome.table.provenance['bootstrap_servers']; // 'profile'
 * ```
 */
export interface MergedTable {
  connector: Connector;
  profile: string | null;
  config: Record<string, unknown>;
  /** Flat canonical options, the values of `sensitive` keys redacted (with real values: `realOptions`). */
  shown: Record<string, string>;
  provenance: Record<string, Provenance>;
  /** The keys that hold secrets (redacted in `shown`). */
  sensitive: ReadonlySet<string>;
  /** The profile side's outputs (its entries as validated first), shared by the profile's tables that leave it as it is. */
  profileOutputs: SideOutputs;
  /** The table side's entries as validated: with the profile side's, `config` flattened, so nothing flattens it again. */
  tableEntries: readonly FlatEntry[];
}

/**
 * Either the merged table or every problem found on the way.
 *
 * @example
 * ```ts
 * const outcome: MergeOutcome = mergeTable(input, context);
 * if (!outcome.ok) for (const e of outcome.errors) console.log(e.code, e.message);
 * ```
 */
export type MergeOutcome = { ok: true; table: MergedTable } | { ok: false; errors: Diagnostic[] };

/**
 * Merges one table's options with its profile, fills templates, converts and validates
 * everything against the connector's schemas, and records where each value came from.
 * It reports every problem it can find, not just the first. Each step is a module of
 * its own, called here in the order the data moves: {@link readOptions},
 * {@link findConnector}, {@link tableCandidates}, {@link profileCandidates},
 * {@link validateSides}, {@link assembleMerged}. Linear in the number of options.
 *
 * @example
 * ```ts
 * const outcome = mergeTable(
 *   { name: 'orders', position: { line: 1, column: 1 }, options: [
 *     { key: 'connection_profile', value: 'production-kafka' },
 *     { key: 'topic', value: 'orders' }, { key: 'format', value: 'json' } ] },
 *   { registry: createRegistry(), profiles: new Map([[profile.name, profile]]), profileNames: [], env: {} },
 * );
 * if (outcome.ok) outcome.table.config.bootstrap_servers; // from the profile
 * ```
 */
export function mergeTable(table: TableInput, context: MergeContext): MergeOutcome {
  const problems = new TableProblems(table);
  const read = readOptions(table, problems);
  const found = findConnector(table, read, context, problems);
  if (!found) return { ok: false, errors: problems.errors };
  const own = tableCandidates(read, found, problems);
  const prepared = profileCandidates(read, found, context, problems);
  const sides = validateSides(read, found, own, prepared, problems);
  if (!problems.ok) return { ok: false, errors: problems.errors };
  return { ok: true, table: assembleMerged(found, own, prepared, sides) };
}
