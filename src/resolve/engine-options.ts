import type { ConfigField } from '../connectors/index.js';
import { REDACTED } from '../errors/redaction.js';
import { optionLines, optionLineStart, sqlArray, sqlIdentifier, sqlInterval, sqlString } from '../sql/index.js';
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

/** The start of a field's own option line, `,\n  'key' = `, written once per field. */
const lineStarts = new WeakMap<ConfigField, string>();

function lineStart(engineKey: string, field: ConfigField, name: string | undefined): string {
  if (name !== undefined) return optionLineStart(`${engineKey}.${name}`);
  let start = lineStarts.get(field);
  if (start === undefined) {
    start = optionLineStart(engineKey);
    lineStarts.set(field, start);
  }
  return start;
}

/**
 * Writes `entries` as engine option lines after those of `before` (a `pairs` map as one
 * option, placed at its first entry), and appends the fields they leave out to its own.
 * Secrets are written as `********` unless `showSecrets`.
 *
 * @example
 * ```ts
 * const { lines } = appendEngineOptions(merged.tableEntries, merged.sensitive, false, { lines: connectorLine, unsaid: [] });
 * ```
 */
export function appendEngineOptions(
  entries: readonly FlatEntry[],
  sensitive: ReadonlySet<string>,
  showSecrets: boolean,
  before: EngineOptions,
): EngineOptions {
  let unsaid: Map<ConfigField, string[]> | undefined;
  // Each option is a line start and a value; a `pairs` map's value is filled in at the end.
  // Sized for every entry at once (the ones left out leave it shorter), not grown push by push.
  const pieces = new Array<string>(1 + 2 * entries.length);
  pieces[0] = before.lines;
  let length = 1;
  let pairs: Map<ConfigField, { at: number; parts: string[] }> | undefined;
  for (const entry of entries) {
    const { field, entry: name } = entry.match;
    const { engineKey } = field;
    if (engineKey === null) {
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
        pieces[length++] = lineStart(engineKey, field, undefined);
        group = { at: length++, parts: [] };
        pairs.set(field, group);
      }
      group.parts.push(`${name}=${asText(value)}`);
      continue;
    }
    pieces[length++] = lineStart(engineKey, field, name);
    pieces[length++] = value === REDACTED ? sqlString(REDACTED) : engineValue(field, value);
  }
  if (pairs) for (const { at, parts } of pairs.values()) pieces[at] = sqlString(parts.join(','));
  pieces.length = length;
  const lines = length === 1 ? before.lines : pieces.join('');
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
    profileOutputs.flat,
    profileOutputs.sensitive,
    showSecrets,
    {
      lines: optionLines([{ key: CONNECTOR_KEY, value: sqlString(merged.connector.name) }]),
      unsaid: [],
    },
  ));
  return appendEngineOptions(merged.tableEntries, merged.sensitive, showSecrets, profile);
}
