import type { FieldMatch } from '../connectors/index.js';

const SECRET_LOOKING = /pass(word)?|secret|token|jaas|credential|api[._-]?key|private/i;

/**
 * Whether a matched key holds a secret: a field marked sensitive, or an entry of a free
 * string map (`connection_properties.*`, `client_configs.*`) whose name looks like one,
 * such as `sasl.jaas.config` or `ssl.key.password`.
 *
 * @example
 * ```ts
 * isSensitive(kafkaConnector.fields.match('connection_properties.sasl.jaas.config')!); // true
 * ```
 */
export function isSensitive(match: FieldMatch): boolean {
  if (match.field.sensitive) return true;
  return match.field.kind === 'map' && match.entry !== undefined && SECRET_LOOKING.test(match.entry);
}
