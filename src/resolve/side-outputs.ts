import { REDACTED } from '../errors/redaction.js';
import type { EngineOptions } from './engine-options.js';
import type { FlatEntry } from './flatten-config.js';
import { toSqlText } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';

/**
 * What one validated side of a config gives a merged table's outputs: each entry's flat
 * option text (real, and as shown: a secret redacted) and provenance, in the side's order,
 * and which of its keys hold secrets. A profile side that every table of the profile
 * shares unchanged is worked out once per profile and resolve, not once per table; so are
 * its engine options (`engine`, filled by `engineOptions`, one slot for redacted secrets
 * and one for shown ones).
 *
 * @example
 * ```ts
 * const outputs = sideOutputs(profileSide.entries, (key) => prepared.values.get(key)?.source);
 * outputs.entries[0]; // { key: 'bootstrap_servers', text: 'k:9092', shown: 'k:9092', source: 'profile' }
 * outputs.sensitive.has('authentication.password'); // true
 * ```
 */
export interface SideOutputs {
  readonly flat: readonly FlatEntry[];
  readonly entries: ReadonlyArray<{ key: string; text: string; shown: string; source: Provenance }>;
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
  const entries = flat.map(({ key, match, value }) => {
    const source = sourceOf(key) ?? 'default';
    const text = toSqlText(value);
    const secret = isSensitive(match) || source === 'env';
    if (secret) sensitive.add(key);
    return { key, text, shown: secret ? REDACTED : text, source };
  });
  return { flat, entries, sensitive, engine: [] };
}
