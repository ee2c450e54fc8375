import type { FieldMatch } from '../connectors/index.js';

/**
 * Names of librdkafka and Java client properties (and their kin in other clients) that
 * hold a secret: every `*password*` and passphrase (`sasl.password`, `ssl.key.password`,
 * `ssl.keystore.password`, `ssl.truststore.password`), every `*secret*`
 * (`sasl.oauthbearer.client.secret`), `*token*` (`bearer.auth.token`), `*jaas*`
 * (`sasl.jaas.config`), `*credential*`, `*user.info` (`basic.auth.user.info`,
 * `schema.registry.basic.auth.user.info`), a private key by any name (`ssl.keystore.key`,
 * `ssl.key.pem`, `ssl_key`, `*private*`), API keys, keytabs, and
 * `sasl.oauthbearer.config`, which carries the client's secret. `key.serializer` and its
 * kin, whose `key` is a record's, do not match.
 */
const SECRET_LOOKING =
  /pass(word|phrase)?|secret|token|jaas|credential|user[._-]?info|api[._-]?key|private|(^|[._-])key$|(^|[._-])key[._-]pem|keytab|oauthbearer[._-]config/i;

/**
 * Whether a matched key holds a secret: a field marked sensitive, or an entry of a free
 * string map (`connection_properties.*`, `client_configs.*`) whose name looks like one
 * (see the list above), such as `sasl.jaas.config`, `ssl.keystore.key` or `basic.auth.user.info`.
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

/**
 * Whether a resolved value is shown redacted: its key holds a secret ({@link isSensitive}),
 * or the value came from a `{{ NAME }}` template (`source` 'env').
 *
 * @example
 * ```ts
 * isRedacted(kafkaConnector.fields.match('authentication.username')!, 'env'); // true
 * ```
 */
export function isRedacted(match: FieldMatch, source: string | undefined): boolean {
  return isSensitive(match) || source === 'env';
}
