import { REDACTED } from '../errors/redaction.js';
import type { EngineOptions } from './engine-options.js';
import type { FlatEntry } from './flatten-config.js';
import { toSqlText } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isRedacted } from './sensitive-keys.js';

/**
 * What one validated side of a config gives a merged table's outputs: its flat options
 * (real values, and as shown: a secret redacted) and each one's provenance, in the side's
 * order, and which of its keys hold secrets. A profile side that every table of the
 * profile shares unchanged is worked out once per profile and resolve, not once per
 * table: each table copies these records with `Object.assign` (several times faster in
 * V8 than setting their keys one by one) and adds its own keys. So are its engine options
 * (`engine`, filled by `engineOptions`, one slot for redacted secrets and one for shown ones).
 *
 * @example
 * ```ts
 * const outputs = sideOutputs(profileSide.entries, (key) => prepared.values.get(key)?.source);
 * outputs.options.bootstrap_servers; // 'k:9092'
 * outputs.shown['authentication.password']; // '********'
 * outputs.provenance['authentication.password']; // 'profile'
 * outputs.sensitive.has('authentication.password'); // true
 * ```
 */
export interface SideOutputs {
  readonly flat: readonly FlatEntry[];
  readonly options: Readonly<Record<string, string>>;
  readonly shown: Readonly<Record<string, string>>;
  readonly provenance: Readonly<Record<string, Provenance>>;
  readonly sensitive: ReadonlySet<string>;
  readonly engine: [redacted?: EngineOptions, shown?: EngineOptions];
}

/**
 * Works out a side's {@link SideOutputs} from its validated entries; `sourceOf` gives a
 * key's provenance where a candidate set it (else the value is the schema's default).
 *
 * @example
 * ```ts
 * const outputs = sideOutputs(tableSide.entries, (key) => own.get(key)?.source);
 * ```
 */
export function sideOutputs(flat: readonly FlatEntry[], sourceOf: (key: string) => Provenance | undefined): SideOutputs {
  const sensitive = new Set<string>();
  const options: Record<string, string> = {};
  const shown: Record<string, string> = {};
  const provenance: Record<string, Provenance> = {};
  for (const { key, match, value } of flat) {
    const source = sourceOf(key) ?? 'default';
    const text = toSqlText(value);
    const secret = isRedacted(match, source);
    if (secret) sensitive.add(key);
    options[key] = text;
    shown[key] = secret ? REDACTED : text;
    provenance[key] = source;
  }
  return { flat, options, shown, provenance, sensitive, engine: [] };
}
