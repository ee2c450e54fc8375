import type { Connector } from '../connectors/index.js';
import { invalidValue, REDACTED, withMessage } from '../errors/index.js';
import { flattenConfig, isSensitive, setPath, type Problem } from '../resolve/index.js';
import { parentAt } from '../json/json-object.js';

type Json = Record<string, unknown>;

/**
 * The config an update stores, given the one stored and the one sent: what a reader
 * sends back after a GET keeps the secrets it could not see. At each sensitive field the
 * stored profile has:
 *
 * - the redaction marker `********`, or the field left out while its section (the object
 *   holding it: the config itself, `authentication`, `connection_properties`, …) is sent,
 *   keeps the stored value;
 * - `null` removes it;
 * - any other value replaces it.
 *
 * A section left out entirely goes, secrets and all, as before. A marker or a `null`
 * left where nothing is stored is reported: the marker is not a value.
 *
 * @example
 * ```ts
 * keepStoredSecrets(redisConnector, { address: 'redis://a:6379', password: 'pw' }, { address: 'redis://b:6379', password: '********' });
 * // { config: { address: 'redis://b:6379', password: 'pw' }, problems: [] }
 * ```
 */
export function keepStoredSecrets(connector: Connector, stored: Json, sent: Json): { config: Json; problems: Problem[] } {
  const config = structuredClone(sent);
  for (const entry of flattenConfig(connector, stored).entries) {
    if (!isSensitive(entry.match)) continue;
    const parent = parentAt(config, entry.path);
    if (!parent) continue;
    const name = entry.path[entry.path.length - 1];
    const value = parent[name];
    if (value === undefined || value === REDACTED) setPath(config, entry.path, entry.value);
    else if (value === null) delete parent[name];
  }
  return { config, problems: unresolvedMarkers(connector, config) };
}

/**
 * Removes `null` (an explicit "no value") at sensitive fields of a config being saved, and
 * reports each redaction marker left in one: `********` means "keep the stored value",
 * and there is none to keep.
 *
 * @example
 * ```ts
 * unresolvedMarkers(redisConnector, { address: 'redis://a:6379', password: '********' });
 * // [{ code: 'INVALID_VALUE', key: 'password', message: … }]
 * ```
 */
export function unresolvedMarkers(connector: Connector, config: Json): Problem[] {
  const problems: Problem[] = [];
  for (const entry of flattenConfig(connector, config).entries) {
    if (!isSensitive(entry.match)) continue;
    if (entry.value === null) delete parentAt(config, entry.path)![entry.path[entry.path.length - 1]];
    else if (entry.value === REDACTED) {
      const reason = `${entry.key} is the redaction marker ${REDACTED}, which keeps a stored value, and none is stored: send the real value`;
      problems.push(withMessage(invalidValue(entry.key, reason, { standalone: true })));
    }
  }
  return problems;
}
