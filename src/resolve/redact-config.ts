import type { Connector } from '../connectors/index.js';
import { REDACTED } from '../errors/redaction.js';
import { flattenConfig, setPath } from './flatten-config.js';
import { isRedacted } from './sensitive-keys.js';

/**
 * A deep copy of a nested config with every sensitive value replaced by `********`, and
 * every value whose `provenance` is `env` (filled from a template) as well. Without its
 * connector (one not registered where the config is shown) nothing says which fields are
 * secret, so every value is `********`, and only the shape is kept: the one fallback of
 * every surface (resolve results, stored profiles).
 *
 * @example
 * ```ts
 * redactConfig(kafkaConnector, { bootstrap_servers: 'k:9092', authentication: { password: 'p' } });
 * // { bootstrap_servers: 'k:9092', authentication: { password: '********' } }
 * redactConfig(undefined, { dsn: 'warehouse://u:p@w', retries: 3 });
 * // { dsn: '********', retries: '********' }
 * ```
 */
export function redactConfig(
  connector: Connector | undefined,
  config: Record<string, unknown>,
  provenance: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  if (!connector) return redactEveryValue(config);
  const copy = structuredClone(config);
  for (const entry of flattenConfig(connector, config).entries) {
    if (isRedacted(entry.match, provenance[entry.key])) setPath(copy, entry.path, REDACTED);
  }
  return copy;
}

/** Every leaf value hidden, nested objects kept as objects so the shape still reads. */
function redactEveryValue(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [
      key,
      value !== null && typeof value === 'object' && !Array.isArray(value) ? redactEveryValue(value as Record<string, unknown>) : REDACTED,
    ]),
  );
}
