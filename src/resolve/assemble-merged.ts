import type { FoundConnector } from './find-connector.js';
import type { MergedTable } from './merge-table.js';
import { toSqlText } from './option-value.js';
import type { PreparedProfile } from './prepare-profile.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';
import type { TableCandidates } from './table-candidates.js';
import type { ValidatedSides } from './validate-sides.js';

/** A cached profile side is shared between tables: each table gets its own copy of its objects and arrays. */
function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = copyJson((value as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * Step 6, the last of a merge: one config from both validated sides, its flat options
 * under their canonical keys, where each value came from, and which keys hold secrets.
 *
 * @example
 * ```ts
 * const merged = assembleMerged(found, table, prepared, sides);
 * merged.provenance.topic; // 'table'
 * ```
 */
export function assembleMerged(
  found: FoundConnector,
  table: TableCandidates,
  prepared: PreparedProfile,
  sides: ValidatedSides,
): MergedTable {
  const { connector, profile } = found;
  const options: Record<string, string> = {};
  const provenance: Record<string, Provenance> = {};
  const sensitive = new Set<string>();
  for (const side of [sides.profileSide, sides.tableSide]) {
    for (const entry of side.entries) {
      options[entry.key] = toSqlText(entry.value);
      provenance[entry.key] = (table.own.get(entry.key) ?? prepared.values.get(entry.key))?.source ?? 'default';
      // A value from the environment is shown as a secret is, whatever its field.
      if (isSensitive(entry.match) || provenance[entry.key] === 'env') sensitive.add(entry.key);
    }
  }
  const shared = !table.overridesProfile && profile !== undefined;
  const config = shared ? copyJson(sides.profileSide.config) : { ...sides.profileSide.config };
  for (const key in sides.tableSide.config) config[key] = sides.tableSide.config[key];
  const entries = [...sides.profileSide.entries, ...sides.tableSide.entries];
  return { connector, profile: profile?.name ?? null, config, options, provenance, sensitive, entries };
}
