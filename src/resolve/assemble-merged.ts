import { REDACTED } from '../errors/redaction.js';
import type { FoundConnector } from './find-connector.js';
import type { MergedTable } from './merge-table.js';
import { toSqlText } from './option-value.js';
import type { PreparedProfile } from './prepare-profile.js';
import type { Provenance } from './resolved-table.js';
import { isRedacted } from './sensitive-keys.js';
import { sideOutputs } from './side-outputs.js';
import type { TableCandidates } from './table-candidates.js';
import type { ValidatedSides } from './validate-sides.js';

/** A cached profile side is shared between tables: each table gets its own copy of its objects and arrays. */
function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value === null || typeof value !== 'object') return value;
  // Copied whole (a V8 fast path), then each nested object or array again.
  const copy: Record<string, unknown> = Object.assign({}, value as Record<string, unknown>);
  for (const key in copy) {
    const item = copy[key];
    if (item !== null && typeof item === 'object') copy[key] = copyJson(item);
  }
  return copy as T;
}

/**
 * Step 6, the last of a merge: one config from both validated sides, its flat options
 * under their canonical keys, where each value came from, and which keys hold secrets.
 * A table that leaves its profile's side as it is shares that side's outputs, worked out
 * once per profile ({@link SideOutputs}); only its own side is worked out per table.
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
  const { own } = table;
  const shared = !table.overridesProfile && profile !== undefined;
  // A shared side holds profile keys only, which a table that does not override its profile never sets.
  const profileOutputs = shared
    ? (prepared.outputs ??= sideOutputs(sides.profileSide.entries, (key) => prepared.values.get(key)?.source))
    : sideOutputs(sides.profileSide.entries, (key) => (own.get(key) ?? prepared.values.get(key))?.source);
  // The profile side's records copied whole, then the table side's keys (the two sides never share a key).
  // The options with real values are built only when asked for ({@link realOptions}).
  const shown: Record<string, string> = Object.assign({}, profileOutputs.shown);
  const provenance: Record<string, Provenance> = Object.assign({}, profileOutputs.provenance);
  let sensitive = profileOutputs.sensitive;
  for (const entry of sides.tableSide.entries) {
    const source = (own.get(entry.key) ?? prepared.values.get(entry.key))?.source ?? 'default';
    const text = toSqlText(entry.value);
    provenance[entry.key] = source;
    if (!isRedacted(entry.match, source)) {
      shown[entry.key] = text;
      continue;
    }
    shown[entry.key] = REDACTED;
    if (sensitive === profileOutputs.sensitive) sensitive = new Set(sensitive);
    (sensitive as Set<string>).add(entry.key);
  }
  const config = shared ? copyJson(sides.profileSide.config) : Object.assign({}, sides.profileSide.config);
  Object.assign(config, sides.tableSide.config);
  return {
    connector,
    profile: profile?.name ?? null,
    config,
    shown,
    provenance,
    sensitive,
    profileOutputs,
    tableEntries: sides.tableSide.entries,
  };
}

/**
 * A merged table's flat options with real values, secrets included: the profile side's,
 * then the table side's. Built when asked for (a resolve with `showSecrets`, a live table
 * test), not by every merge.
 *
 * @example
 * ```ts
 * realOptions(merged)['authentication.password']; // 'hunter2', where merged.shown has '********'
 * ```
 */
export function realOptions(merged: MergedTable): Record<string, string> {
  const options: Record<string, string> = Object.assign({}, merged.profileOutputs.options);
  for (const entry of merged.tableEntries) options[entry.key] = toSqlText(entry.value);
  return options;
}

/**
 * One option of a merged table with its real value, secrets included ({@link realOptions}
 * without building the whole record); undefined where the table has no such key.
 *
 * @example
 * ```ts
 * realOption(merged, 'event_time_field'); // 'ts'
 * ```
 */
export function realOption(merged: MergedTable, key: string): string | undefined {
  const fromProfile = merged.profileOutputs.options[key];
  if (fromProfile !== undefined) return fromProfile;
  for (const entry of merged.tableEntries) if (entry.key === key) return toSqlText(entry.value);
  return undefined;
}
