import type { Connector } from '../connectors/index.js';
import { REDACTED } from '../errors/redaction.js';
import { flattenConfig, setPath } from './flatten-config.js';
import { isSensitive } from './sensitive-keys.js';

/**
 * A deep copy of a nested config with every sensitive value replaced by `********`, and
 * every value whose `provenance` is `env` (filled from a template) as well.
 *
 * @example
 * ```ts
 * redactConfig(kafkaConnector, { bootstrap_servers: 'k:9092', authentication: { password: 'p' } });
 * // { bootstrap_servers: 'k:9092', authentication: { password: '********' } }
 * ```
 */
export function redactConfig(
  connector: Connector,
  config: Record<string, unknown>,
  provenance: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  const copy = structuredClone(config);
  for (const entry of flattenConfig(connector, config).entries) {
    if (isSensitive(entry.match) || provenance[entry.key] === 'env') setPath(copy, entry.path, REDACTED);
  }
  return copy;
}

/**
 * A copy of flat options with sensitive values replaced by `********`.
 *
 * @example
 * ```ts
 * redactOptions({ 'authentication.password': 'p', topic: 't' }, new Set(['authentication.password']));
 * // { 'authentication.password': '********', topic: 't' }
 * ```
 */
export function redactOptions(options: Readonly<Record<string, string>>, sensitive: ReadonlySet<string>): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const key in options) redacted[key] = sensitive.has(key) ? REDACTED : options[key];
  return redacted;
}
