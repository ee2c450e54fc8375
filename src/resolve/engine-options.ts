import type { ConfigField } from '../connectors/index.js';
import { REDACTED } from '../errors/redaction.js';
import { optionLines, sqlArray, sqlIdentifier, sqlInterval, sqlString, type SqlOption } from '../sql/index.js';
import type { FlatEntry } from './flatten-config.js';
import type { MergedTable } from './merge-table.js';
import { isSensitive } from './sensitive-keys.js';
import { CONNECTOR_KEY } from './table-input.js';

/**
 * A table's config as Arroyo DDL: the WITH options of the rewritten statement (engine keys,
 * engine value forms, `connector` first) written as the clause's lines (see
 * `optionLines`), and the fields Arroyo's DDL has no key for.
 *
 * @example
 * ```ts
 * const { lines, unsaid } = engineOptions(merged, false);
 * lines; // "\n  'connector' = 'kafka',\n  'bootstrap_servers' = 'k:9092',…"
 * unsaid[0]?.field.key; // 'connection_properties'
 * ```
 */
export interface EngineOptions {
  lines: string;
  /** Each field left out, once, with its config keys (a map field has one per entry). */
  unsaid: Array<{ field: ConfigField; keys: string[] }>;
}

function asText(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(',') : String(value);
}

/** One value in the form Arroyo reads for its field. */
function engineValue(field: ConfigField, value: unknown): string {
  switch (field.engineForm) {
    case 'number':
    case 'boolean':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : sqlString(asText(value));
    case 'duration':
      return sqlInterval(asText(value));
    case 'field':
      return sqlIdentifier(asText(value));
    case 'fields':
      return sqlArray((Array.isArray(value) ? value : [value]).map((item) => sqlIdentifier(String(item))));
    default:
      return sqlString(asText(value));
  }
}

/**
 * Writes `entries` as engine options after `options` (a `pairs` map as one option, placed
 * at its first entry), and appends them to the lines and fields left out of `before`.
 */
function appendEngineOptions(
  options: SqlOption[],
  entries: readonly FlatEntry[],
  sensitive: ReadonlySet<string>,
  showSecrets: boolean,
  before: EngineOptions,
): EngineOptions {
  let unsaid: Map<ConfigField, string[]> | undefined;
  let pairs: Map<ConfigField, { option: SqlOption; parts: string[] }> | undefined;
  for (const entry of entries) {
    const { field, entry: name } = entry.match;
    if (field.engineKey === null) {
      unsaid ??= new Map();
      const keys = unsaid.get(field);
      if (keys) keys.push(entry.key);
      else unsaid.set(field, [entry.key]);
      continue;
    }
    const value = !showSecrets && (isSensitive(entry.match) || sensitive.has(entry.key)) ? REDACTED : entry.value;
    if (field.engineForm === 'pairs' && name !== undefined) {
      pairs ??= new Map();
      let group = pairs.get(field);
      if (!group) {
        group = { option: { key: field.engineKey, value: '' }, parts: [] };
        pairs.set(field, group);
        options.push(group.option);
      }
      group.parts.push(`${name}=${asText(value)}`);
      continue;
    }
    const key = name === undefined ? field.engineKey : `${field.engineKey}.${name}`;
    options.push({ key, value: value === REDACTED ? sqlString(REDACTED) : engineValue(field, value) });
  }
  if (pairs) for (const { option, parts } of pairs.values()) option.value = sqlString(parts.join(','));
  const lines = options.length === 0 ? before.lines : before.lines + optionLines(options, before.lines !== '');
  if (!unsaid) return { lines, unsaid: before.unsaid };
  return { lines, unsaid: [...before.unsaid, ...[...unsaid].map(([field, keys]) => ({ field, keys }))] };
}

/**
 * Writes a merged table's config as the WITH options Arroyo's planner reads: each field
 * under its engine key (`auth.mechanism`, not `authentication.sasl_mechanism`), in its
 * engine form (see `EngineForm`); a `pairs` map as one `'k=v,…'` string; secrets as
 * `********` unless `showSecrets`. A field whose engine key is null is left out and
 * listed in `unsaid`, for the caller to report. Linear in the number of values. The
 * profile side's lines (`connector` first) are written once per shared profile side;
 * each table writes only its own options after them.
 *
 * @example
 * ```ts
 * const { lines } = engineOptions(merged, false);
 * rewriteWith(statement, lines);
 * ```
 */
export function engineOptions(merged: MergedTable, showSecrets: boolean): EngineOptions {
  const { profileOutputs } = merged;
  const profile = (profileOutputs.engine[showSecrets ? 1 : 0] ??= appendEngineOptions(
    [{ key: CONNECTOR_KEY, value: sqlString(merged.connector.name) }],
    profileOutputs.flat,
    profileOutputs.sensitive,
    showSecrets,
    { lines: '', unsaid: [] },
  ));
  return appendEngineOptions([], merged.tableEntries, merged.sensitive, showSecrets, profile);
}
