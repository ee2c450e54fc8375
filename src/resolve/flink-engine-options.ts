import type { ConfigReader, EngineOption, EngineRequirement } from '../connectors/index.js';
import { missingOption } from '../errors/index.js';
import { REDACTED } from '../errors/redaction.js';
import { optionLines, sqlString } from '../sql/index.js';
import { type Diagnostic, diagnosticAt } from './diagnostic.js';
import { appendEngineOptions, type EngineOptions } from './engine-options.js';
import type { FlatEntry } from './flatten-config.js';
import type { MergedTable } from './merge-table.js';
import type { Position } from './position.js';
import type { SideOutputs } from './side-outputs.js';
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

/**
 * The start of a Flink table's WITH clause as its profile writes it: `connector`, then the
 * connector's options from the profile, their keys, and their lines (redacted, shown),
 * each written on first use.
 */
interface ProfileWrite {
  options: readonly EngineOption[];
  keys: ReadonlySet<string>;
  lines: [redacted?: string, shown?: string];
}

/** The profile writes of a shared profile side, by the values of the table keys the connector reads. */
const written = new WeakMap<SideOutputs, Map<string, ProfileWrite>>();

function profileWrite(merged: MergedTable): ProfileWrite {
  const { connector } = merged;
  const options: EngineOption[] = [{ key: CONNECTOR_KEY, value: connector.name }];
  if (connector.profileOptions) {
    const read = configReader(merged);
    for (const option of connector.profileOptions(read, read)) options.push(option);
  }
  return { options, keys: new Set(options.map((o) => o.key)), lines: [] };
}

/**
 * What the connector writes from the table's profile side: once per shared profile side
 * and values of the table keys it reads, where the connector says which
 * (`profileOptionsRead`); else for this table.
 */
function profileWriteOf(merged: MergedTable): ProfileWrite {
  const reads = merged.connector.profileOptionsRead;
  if (!merged.connector.profileOptions || reads === undefined) return profileWrite(merged);
  let byValues = written.get(merged.profileOutputs);
  if (!byValues) {
    byValues = new Map();
    written.set(merged.profileOutputs, byValues);
  }
  // The keys it reads are table keys, top-level in a Flink table's config.
  let signature = '';
  for (let i = 0; i < reads.length; i++) signature += `${String(merged.config[reads[i]] ?? '')}\u0000`;
  let write = byValues.get(signature);
  if (!write) {
    write = profileWrite(merged);
    byValues.set(signature, write);
  }
  return write;
}

/** Options as the lines of a WITH clause, `'key' = 'value'`, secrets redacted unless `showSecrets`. */
function linesOf(options: readonly EngineOption[], showSecrets: boolean): string {
  return optionLines(
    options.map(({ key, value, sensitive }) => ({ key, value: sqlString(sensitive === true && !showSecrets ? REDACTED : value) })),
  );
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
  const write = profileWriteOf(merged);
  const entries = merged.tableEntries;
  // Profile fields (a table without a profile may set them) are written by `profileOptions`,
  // our own `type` not at all: `own` is copied only when the table has such an entry.
  let own: FlatEntry[] | undefined;
  let overridden = false;
  for (let i = 0; i < entries.length; i++) {
    const { field } = entries[i].match;
    if (field.engineKey === null || field.level !== 'table') {
      own ??= entries.slice(0, i);
      continue;
    }
    own?.push(entries[i]);
    if (!overridden && write.keys.has(writtenKey(entries[i]))) overridden = true;
  }
  const kept = own ?? entries;
  const slot = showSecrets ? 1 : 0;
  // A table that sets a key the profile writes (its profile makes it overridable) keeps its own value.
  const lines = overridden
    ? linesOf(
        write.options.filter((o) => !kept.some((entry) => writtenKey(entry) === o.key)),
        showSecrets,
      )
    : (write.lines[slot] ??= linesOf(write.options, showSecrets));
  const { lines: all, unsaid } = appendEngineOptions(kept, merged.sensitive, showSecrets, { lines, unsaid: NOTHING_UNSAID });
  const required = merged.connector.engineRequires;
  const written = (key: string) => write.keys.has(key) || kept.some((entry) => writtenKey(entry) === key);
  return { lines: all, unsaid, missing: required === undefined ? NOTHING_MISSING : missingOf(required, merged.config, written) };
}

/** The requirements of a statement it does not meet, each with its reason when it has one. */
function missingOf(
  required: readonly EngineRequirement[],
  config: Readonly<Record<string, unknown>>,
  written: (key: string) => boolean,
): readonly MissingEngineOption[] {
  let missing: MissingEngineOption[] | undefined;
  for (const requirement of required) {
    if (typeof requirement === 'string') {
      if (!written(requirement)) (missing ??= []).push({ key: requirement });
      continue;
    }
    const reason = requirement.because(config);
    if (reason !== undefined && !written(requirement.key)) (missing ??= []).push({ key: requirement.key, reason });
  }
  return missing ?? NOTHING_MISSING;
}

/** Nothing Flink needs is left unsaid; nothing missing, most of the time: shared empty lists. */
const NOTHING_UNSAID: EngineOptions['unsaid'] = [];
const NOTHING_MISSING: readonly MissingEngineOption[] = Object.freeze([]);

/**
 * A key a statement must hold and does not (see {@link EngineRequirement}), with why, when
 * the requirement says.
 *
 * @example
 * ```ts
 * const missing: MissingEngineOption = { key: 'properties.group.id', reason: 'Property group.id is required when using committed offsets (…)' };
 * ```
 */
export interface MissingEngineOption {
  key: string;
  reason?: string;
}

/**
 * The MISSING_OPTION errors of a statement's {@link MissingEngineOption}s, each at `at`.
 *
 * @example
 * ```ts
 * errors.push(...missingOptionErrors(flinkEngineOptions(merged, false).missing, 'orders', statement.span));
 * ```
 */
export function missingOptionErrors(missing: readonly MissingEngineOption[], table: string, at: Position): Diagnostic[] {
  return missing.map(({ key, reason }) =>
    diagnosticAt(missingOption(key, reason === undefined ? { table } : { table, reason }), at, table),
  );
}

/**
 * {@link flinkEngineOptions}' result: the option lines, and the keys the connector
 * requires of a statement (its `engineRequires`) that neither the profile nor the table wrote.
 *
 * @example
 * ```ts
 * const { lines, missing } = flinkEngineOptions(merged, false);
 * missing; // [{ key: 'properties.bootstrap.servers' }] for a Kafka table with neither a profile nor that key
 * ```
 */
export interface FlinkEngineOptions extends EngineOptions {
  missing: readonly MissingEngineOption[];
}
