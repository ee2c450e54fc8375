import type { ConfigReader, EngineOption, ProfileOwnership } from '../../connector-definition.js';
import { kafkaAuthenticationType } from '../../kafka/profile-schema.js';
import type { FlinkFormat, FormatPrefix } from '../formats/index.js';
import { type JaasPasswordMechanism, jaasConfig, SASL_LOGIN_MODULES } from './jaas-config.js';
import { kafkaPropertyType } from './kafka-client-configs.js';

/** The formats that read their schemas from a Confluent schema registry (`<format>.url`). */
const SCHEMA_REGISTRY_FORMATS: readonly FlinkFormat[] = ['avro-confluent', 'debezium-avro-confluent'];
const FORMAT_PREFIXES: readonly FormatPrefix[] = ['', 'key.', 'value.'];

/** The callback handler AWS's aws-msk-iam-auth library signs MSK IAM logins with. */
const AWS_MSK_IAM_CALLBACK_HANDLER = 'software.amazon.msk.auth.iam.IAMClientCallbackHandler';

const text = (read: ConfigReader, key: string): string | undefined => {
  const value = read(key);
  return typeof value === 'string' ? value : undefined;
};

/** Whether the profile connects over TLS: `tls.enabled` when set, else whether it has a `tls` section at all. */
function usesTls(profile: ConfigReader): boolean {
  const enabled = profile('tls.enabled');
  if (typeof enabled === 'boolean') return enabled;
  const section = profile('tls');
  return (
    (typeof section === 'object' && section !== null) ||
    ['tls.ca', 'tls.cert', 'tls.key', 'tls.reject_unauthorized'].some((key) => profile(key) !== undefined)
  );
}

/** `security.protocol`, `sasl.*`: what the profile's authentication and TLS say, as the Arroyo side derives them. */
function authenticationOptions(profile: ConfigReader, tls: boolean): EngineOption[] {
  const mechanism = text(profile, 'authentication.sasl_mechanism');
  const type = kafkaAuthenticationType({
    type: profile('authentication.type') as 'none' | 'sasl' | 'aws_msk_iam' | undefined,
    sasl_mechanism: mechanism as JaasPasswordMechanism | undefined,
    username: text(profile, 'authentication.username'),
    password: text(profile, 'authentication.password'),
    region: text(profile, 'authentication.region'),
  });
  if (type === 'aws_msk_iam')
    return [
      { key: 'properties.security.protocol', value: 'SASL_SSL' },
      { key: 'properties.sasl.mechanism', value: 'AWS_MSK_IAM' },
      { key: 'properties.sasl.jaas.config', value: `${SASL_LOGIN_MODULES.AWS_MSK_IAM} required;` },
      { key: 'properties.sasl.client.callback.handler.class', value: AWS_MSK_IAM_CALLBACK_HANDLER },
    ];
  // PLAINTEXT is the Kafka client's default: a profile without TLS or authentication writes nothing.
  if (type === 'none') return tls ? [{ key: 'properties.security.protocol', value: 'SSL' }] : [];
  const protocol = text(profile, 'authentication.protocol') ?? (tls ? 'SASL_SSL' : 'SASL_PLAINTEXT');
  const options: EngineOption[] = [{ key: 'properties.security.protocol', value: protocol }];
  if (mechanism === undefined) return options;
  options.push({ key: 'properties.sasl.mechanism', value: mechanism });
  const username = text(profile, 'authentication.username') ?? '';
  const password = text(profile, 'authentication.password') ?? '';
  options.push({
    key: 'properties.sasl.jaas.config',
    value: jaasConfig(mechanism as JaasPasswordMechanism, username, password),
    sensitive: true,
  });
  return options;
}

/** `ssl.*`: the PEM trust and key material, and turning host name checks off. */
function tlsOptions(profile: ConfigReader): EngineOption[] {
  const options: EngineOption[] = [];
  const ca = text(profile, 'tls.ca');
  if (ca !== undefined)
    options.push({ key: 'properties.ssl.truststore.type', value: 'PEM' }, { key: 'properties.ssl.truststore.certificates', value: ca });
  const cert = text(profile, 'tls.cert');
  const key = text(profile, 'tls.key');
  if (cert !== undefined || key !== undefined) options.push({ key: 'properties.ssl.keystore.type', value: 'PEM' });
  if (cert !== undefined) options.push({ key: 'properties.ssl.keystore.certificate.chain', value: cert });
  if (key !== undefined) options.push({ key: 'properties.ssl.keystore.key', value: key, sensitive: true });
  if (profile('tls.reject_unauthorized') === false) options.push({ key: 'properties.ssl.endpoint.identification.algorithm', value: '' });
  return options;
}

/** `<prefix><format>.url` and its basic auth, for each of the table's formats that reads a schema registry. */
function schemaRegistryOptions(profile: ConfigReader, table: ConfigReader): EngineOption[] {
  const endpoint = text(profile, 'schema_registry.endpoint');
  if (endpoint === undefined) return [];
  const apiKey = text(profile, 'schema_registry.api_key');
  const apiSecret = text(profile, 'schema_registry.api_secret') ?? '';
  return FORMAT_PREFIXES.flatMap((prefix) => {
    const format = text(table, `${prefix}format`);
    if (format === undefined || !SCHEMA_REGISTRY_FORMATS.includes(format as FlinkFormat)) return [];
    const options: EngineOption[] = [{ key: `${prefix}${format}.url`, value: endpoint }];
    if (apiKey !== undefined)
      options.push(
        { key: `${prefix}${format}.basic-auth.credentials-source`, value: 'USER_INFO' },
        { key: `${prefix}${format}.basic-auth.user-info`, value: `${apiKey}:${apiSecret}`, sensitive: true },
      );
    return options;
  });
}

/**
 * Writes a stored `kafka` profile as the options of a Flink Kafka (or Upsert Kafka) table:
 *
 * - `properties.bootstrap.servers`;
 * - `properties.security.protocol`, derived as the Arroyo side derives it: SASL_SSL or
 *   SASL_PLAINTEXT for SASL (its `protocol`, else by whether TLS is on), SASL_SSL for
 *   AWS MSK IAM, SSL without authentication over TLS (nothing for PLAINTEXT, the client's default);
 * - for SASL, `properties.sasl.mechanism` and `properties.sasl.jaas.config` (PLAIN's or
 *   SCRAM's login module, sensitive: it holds the password);
 * - for AWS MSK IAM, the `AWS_MSK_IAM` mechanism with AWS's `IAMLoginModule` and
 *   `IAMClientCallbackHandler` (the aws-msk-iam-auth jar must be on the job's classpath).
 *   The library finds the region itself, so `authentication.region` is not written;
 * - with TLS on, the PEM material: `ca` as `properties.ssl.truststore.type = 'PEM'` and
 *   `properties.ssl.truststore.certificates`; `cert` and `key` as
 *   `properties.ssl.keystore.type = 'PEM'`, `properties.ssl.keystore.certificate.chain`
 *   and `properties.ssl.keystore.key` (sensitive). `reject_unauthorized = false` writes
 *   `properties.ssl.endpoint.identification.algorithm = ''`, which turns off the host
 *   name check only: the Java client has no setting that skips verifying the
 *   certificate chain, so a broker whose certificate no trusted authority signed is still
 *   refused (give its CA as `tls.ca`);
 * - each `connection_properties` entry as `properties.<name>`, last, so that it replaces
 *   a derived option of the same name;
 * - the schema registry, only for a table whose `format`, `key.format` or `value.format`
 *   is `avro-confluent` or `debezium-avro-confluent`: `<prefix><format>.url` and, with an
 *   API key, `<prefix><format>.basic-auth.credentials-source = 'USER_INFO'` and
 *   `<prefix><format>.basic-auth.user-info = 'key:secret'` (sensitive), `<prefix>` being
 *   '', `key.` or `value.` as the format's key.
 *
 * @example
 * ```ts
 * const profile = { bootstrap_servers: 'kafka-1:9092', 'authentication.sasl_mechanism': 'PLAIN',
 *   'authentication.username': 'alice', 'authentication.password': 's3cret' };
 * kafkaProfileOptions((key) => profile[key], () => undefined);
 * // [{ key: 'properties.bootstrap.servers', value: 'kafka-1:9092' },
 * //  { key: 'properties.security.protocol', value: 'SASL_PLAINTEXT' },
 * //  { key: 'properties.sasl.mechanism', value: 'PLAIN' },
 * //  { key: 'properties.sasl.jaas.config', value: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="s3cret";', sensitive: true }]
 * ```
 */
export function kafkaProfileOptions(profile: ConfigReader, table: ConfigReader): EngineOption[] {
  const written = new Map<string, EngineOption>();
  const servers = text(profile, 'bootstrap_servers');
  const tls = usesTls(profile);
  const options = [
    ...(servers === undefined ? [] : [{ key: 'properties.bootstrap.servers', value: servers }]),
    ...authenticationOptions(profile, tls),
    ...(tls ? tlsOptions(profile) : []),
  ];
  for (const option of options) written.set(option.key, option);
  const extra = profile('connection_properties');
  if (typeof extra === 'object' && extra !== null) {
    for (const [name, value] of Object.entries(extra)) {
      if (typeof value === 'string') written.set(`properties.${name}`, { key: `properties.${name}`, value });
    }
  }
  for (const option of schemaRegistryOptions(profile, table)) written.set(option.key, option);
  return [...written.values()];
}

const PROPERTIES = 'properties.';
const REGISTRY_KEY = /^(?:key\.|value\.)?(?:debezium-)?avro-confluent\.(url|basic-auth\..+)$/;

/**
 * The table keys {@link kafkaProfileOptions} writes from a profile, which a table of that
 * profile may set only where the profile makes them `overridable`: `endpoint` for
 * `properties.bootstrap.servers` and the schema registry URLs (they say where credentials
 * go), `owned` for `properties.security.protocol`, the Kafka client's `properties.sasl.*`
 * and `properties.ssl.*` configs and the registry's basic auth; undefined for every other
 * key (a misspelt `properties.sasl.mechansim` is left to the properties rule, which names
 * the closest config).
 *
 * @example
 * ```ts
 * kafkaProfileOwns('properties.bootstrap.servers');  // 'endpoint'
 * kafkaProfileOwns('value.avro-confluent.url');      // 'endpoint'
 * kafkaProfileOwns('properties.sasl.jaas.config');   // 'owned'
 * kafkaProfileOwns('topic');                         // undefined
 * ```
 */
export const kafkaProfileOwns: ProfileOwnership = (key) => {
  if (key === 'properties.bootstrap.servers') return 'endpoint';
  const registry = REGISTRY_KEY.exec(key);
  if (registry) return registry[1] === 'url' ? 'endpoint' : 'owned';
  const owned = key === 'properties.security.protocol' || key.startsWith('properties.sasl.') || key.startsWith('properties.ssl.');
  // A name the Kafka client does not know is no setting of the profile's: it is reported as the misspelling it is.
  return owned && kafkaPropertyType(key.slice(PROPERTIES.length)) !== undefined ? 'owned' : undefined;
};

/**
 * The kafka profile's key for a Kafka client setting a Flink table writes: its
 * `connection_properties` entry, so that the profile's `overridable` names the settings
 * in its own keys (`connection_properties.*`). Undefined for other keys.
 *
 * @example
 * ```ts
 * kafkaOverridableAs('properties.ssl.endpoint.identification.algorithm'); // 'connection_properties.ssl.endpoint.identification.algorithm'
 * kafkaOverridableAs('value.avro-confluent.url');                       // undefined
 * ```
 */
export function kafkaOverridableAs(key: string): string | undefined {
  return key.startsWith(PROPERTIES) ? `connection_properties.${key.slice(PROPERTIES.length)}` : undefined;
}
