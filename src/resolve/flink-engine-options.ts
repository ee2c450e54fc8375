import type { ConfigReader, EngineOption } from '../connectors/index.js';
import { REDACTED } from '../errors/redaction.js';
import { optionLines, sqlString } from '../sql/index.js';
import { appendEngineOptions, type EngineOptions } from './engine-options.js';
import type { FlatEntry } from './flatten-config.js';
import type { MergedTable } from './merge-table.js';
import { CONNECTOR_KEY } from './table-input.js';

/**
 * Reads a merged config by canonical key, through the connector's fields (a map entry by
 * its full key); a key that is no field is read as a dotted path (`tls`, a section).
 */
function configReader(merged: MergedTable): ConfigReader {
  return (key) => {
    const match = merged.connector.fields.match(key);
    let node: unknown = merged.config;
    const path = !match ? key.split('.') : match.entry === undefined ? match.field.path : [...match.field.path, match.entry];
    for (const part of path) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return node;
  };
}

/** A table entry's key in the rewritten statement: its engine key, with a map entry's name after it. */
function writtenKey(entry: FlatEntry): string {
  const { field, entry: name } = entry.match;
  return name === undefined ? (field.engineKey ?? field.key) : `${field.engineKey ?? field.key}.${name}`;
}

/**
 * A Flink table's config as Flink SQL's WITH options, every one `'key' = 'value'`:
 * `connector` first, then what the connector writes from the profile (its
 * `profileOptions`: `properties.bootstrap.servers`, a JAAS line, …, from the profile or
 * from the profile's keys a table without one sets) except the keys the table sets itself, then the table's own options under Flink's keys. Our own `type` is
 * left out (Flink has no such option). A secret, or an option built from one, is written
 * as `********` unless `showSecrets`. Nothing Flink needs is left unsaid.
 *
 * @example
 * ```ts
 * const { lines } = flinkEngineOptions(merged, false);
 * rewriteWith(statement, lines); // WITH ('connector' = 'kafka', 'properties.bootstrap.servers' = 'k:9092', …)
 * ```
 */
export function flinkEngineOptions(merged: MergedTable, showSecrets: boolean): FlinkEngineOptions {
  const { connector } = merged;
  // Profile fields (a table without a profile may set them) are written by `profileOptions`.
  const own = merged.tableEntries.filter((entry) => entry.match.field.engineKey !== null && entry.match.field.level === 'table');
  const options: EngineOption[] = [{ key: CONNECTOR_KEY, value: connector.name }];
  if (connector.profileOptions) {
    const read = configReader(merged);
    const fromProfile = connector.profileOptions(read, read);
    const setByTable = fromProfile.length > 0 && own.length > 0 ? new Set(own.map(writtenKey)) : undefined;
    for (const option of fromProfile) if (!setByTable?.has(option.key)) options.push(option);
  }
  const lines = optionLines(
    options.map(({ key, value, sensitive }) => ({ key, value: sqlString(sensitive === true && !showSecrets ? REDACTED : value) })),
  );
  const written = appendEngineOptions(own, merged.sensitive, showSecrets, { lines, unsaid: [] });
  const required = connector.engineRequires ?? [];
  if (required.length === 0) return { ...written, missing: [] };
  const keys = new Set([...options.map((o) => o.key), ...own.map(writtenKey)]);
  return { ...written, missing: required.filter((key) => !keys.has(key)) };
}

/**
 * {@link flinkEngineOptions}' result: the option lines, and the keys the connector
 * requires of a statement (its `engineRequires`) that neither the profile nor the table wrote.
 *
 * @example
 * ```ts
 * const { lines, missing } = flinkEngineOptions(merged, false);
 * missing; // ['properties.bootstrap.servers'] for a Kafka table with neither a profile nor that key
 * ```
 */
export interface FlinkEngineOptions extends EngineOptions {
  missing: readonly string[];
}
