/**
 * The Java Kafka client's configs, as a Flink Kafka table passes them in `properties.<name>`.
 *
 * {@link KAFKA_CLIENT_CONFIGS} was generated once from kafka-clients 4.2.0 (the jar that
 * flink-connector-kafka 5.0.0-2.2 brings onto Flink 2.2.1's classpath) by
 * `test/connectors/flink-kafka-client/KafkaClientProbe.java configs`: every name of
 * `ConsumerConfig.configNames()`, `ProducerConfig.configNames()` and
 * `AdminClientConfig.configNames()`, with the `ConfigDef` type that parses its value.
 * `kafka-client-configs.test.ts` runs the probe again and fails when the jar says otherwise;
 * to regenerate, print the probe's `configs` answer as the entries below.
 */

/**
 * The type `ConfigDef.parseType` reads a Kafka client config's value as.
 *
 * @example
 * ```ts
 * const type: KafkaConfigType = KAFKA_CLIENT_CONFIGS['max.poll.records']; // 'INT'
 * ```
 */
export type KafkaConfigType = 'BOOLEAN' | 'STRING' | 'INT' | 'SHORT' | 'LONG' | 'DOUBLE' | 'LIST' | 'CLASS' | 'PASSWORD';

/**
 * The kafka-clients version {@link KAFKA_CLIENT_CONFIGS} was generated from.
 *
 * @example
 * ```ts
 * KAFKA_CLIENTS_VERSION; // '4.2.0'
 * ```
 */
export const KAFKA_CLIENTS_VERSION = '4.2.0';

/**
 * Every consumer, producer and admin client config name of kafka-clients
 * {@link KAFKA_CLIENTS_VERSION}, with its type (generated; see the file's comment).
 *
 * @example
 * ```ts
 * KAFKA_CLIENT_CONFIGS['sasl.jaas.config']; // 'PASSWORD'
 * 'sasl.mechansim' in KAFKA_CLIENT_CONFIGS; // false
 * ```
 */
export const KAFKA_CLIENT_CONFIGS: Readonly<Record<string, KafkaConfigType>> = {
  acks: 'STRING',
  'allow.auto.create.topics': 'BOOLEAN',
  'auto.commit.interval.ms': 'INT',
  'auto.offset.reset': 'STRING',
  'batch.size': 'INT',
  'bootstrap.controllers': 'LIST',
  'bootstrap.servers': 'LIST',
  'buffer.memory': 'LONG',
  'check.crcs': 'BOOLEAN',
  'client.dns.lookup': 'STRING',
  'client.id': 'STRING',
  'client.rack': 'STRING',
  'compression.gzip.level': 'INT',
  'compression.lz4.level': 'INT',
  'compression.type': 'STRING',
  'compression.zstd.level': 'INT',
  'config.providers': 'LIST',
  'connections.max.idle.ms': 'LONG',
  'default.api.timeout.ms': 'INT',
  'delivery.timeout.ms': 'INT',
  'enable.auto.commit': 'BOOLEAN',
  'enable.idempotence': 'BOOLEAN',
  'enable.metrics.push': 'BOOLEAN',
  'exclude.internal.topics': 'BOOLEAN',
  'fetch.max.bytes': 'INT',
  'fetch.max.wait.ms': 'INT',
  'fetch.min.bytes': 'INT',
  'group.id': 'STRING',
  'group.instance.id': 'STRING',
  'group.protocol': 'STRING',
  'group.remote.assignor': 'STRING',
  'heartbeat.interval.ms': 'INT',
  'interceptor.classes': 'LIST',
  'internal.throw.on.fetch.stable.offset.unsupported': 'BOOLEAN',
  'isolation.level': 'STRING',
  'key.deserializer': 'CLASS',
  'key.serializer': 'CLASS',
  'linger.ms': 'LONG',
  'max.block.ms': 'LONG',
  'max.in.flight.requests.per.connection': 'INT',
  'max.partition.fetch.bytes': 'INT',
  'max.poll.interval.ms': 'INT',
  'max.poll.records': 'INT',
  'max.request.size': 'INT',
  'metadata.max.age.ms': 'LONG',
  'metadata.max.idle.ms': 'LONG',
  'metadata.recovery.rebootstrap.trigger.ms': 'LONG',
  'metadata.recovery.strategy': 'STRING',
  'metric.reporters': 'LIST',
  'metrics.num.samples': 'INT',
  'metrics.recording.level': 'STRING',
  'metrics.sample.window.ms': 'LONG',
  'partition.assignment.strategy': 'LIST',
  'partitioner.adaptive.partitioning.enable': 'BOOLEAN',
  'partitioner.availability.timeout.ms': 'LONG',
  'partitioner.class': 'CLASS',
  'partitioner.ignore.keys': 'BOOLEAN',
  'receive.buffer.bytes': 'INT',
  'reconnect.backoff.max.ms': 'LONG',
  'reconnect.backoff.ms': 'LONG',
  'request.timeout.ms': 'INT',
  retries: 'INT',
  'retry.backoff.max.ms': 'LONG',
  'retry.backoff.ms': 'LONG',
  'sasl.client.callback.handler.class': 'CLASS',
  'sasl.jaas.config': 'PASSWORD',
  'sasl.kerberos.kinit.cmd': 'STRING',
  'sasl.kerberos.min.time.before.relogin': 'LONG',
  'sasl.kerberos.service.name': 'STRING',
  'sasl.kerberos.ticket.renew.jitter': 'DOUBLE',
  'sasl.kerberos.ticket.renew.window.factor': 'DOUBLE',
  'sasl.login.callback.handler.class': 'CLASS',
  'sasl.login.class': 'CLASS',
  'sasl.login.connect.timeout.ms': 'INT',
  'sasl.login.read.timeout.ms': 'INT',
  'sasl.login.refresh.buffer.seconds': 'SHORT',
  'sasl.login.refresh.min.period.seconds': 'SHORT',
  'sasl.login.refresh.window.factor': 'DOUBLE',
  'sasl.login.refresh.window.jitter': 'DOUBLE',
  'sasl.login.retry.backoff.max.ms': 'LONG',
  'sasl.login.retry.backoff.ms': 'LONG',
  'sasl.mechanism': 'STRING',
  'sasl.oauthbearer.assertion.algorithm': 'STRING',
  'sasl.oauthbearer.assertion.claim.aud': 'STRING',
  'sasl.oauthbearer.assertion.claim.exp.seconds': 'INT',
  'sasl.oauthbearer.assertion.claim.iss': 'STRING',
  'sasl.oauthbearer.assertion.claim.jti.include': 'BOOLEAN',
  'sasl.oauthbearer.assertion.claim.nbf.seconds': 'INT',
  'sasl.oauthbearer.assertion.claim.sub': 'STRING',
  'sasl.oauthbearer.assertion.file': 'STRING',
  'sasl.oauthbearer.assertion.private.key.file': 'STRING',
  'sasl.oauthbearer.assertion.private.key.passphrase': 'PASSWORD',
  'sasl.oauthbearer.assertion.template.file': 'STRING',
  'sasl.oauthbearer.client.credentials.client.id': 'STRING',
  'sasl.oauthbearer.client.credentials.client.secret': 'PASSWORD',
  'sasl.oauthbearer.clock.skew.seconds': 'INT',
  'sasl.oauthbearer.expected.audience': 'LIST',
  'sasl.oauthbearer.expected.issuer': 'STRING',
  'sasl.oauthbearer.header.urlencode': 'BOOLEAN',
  'sasl.oauthbearer.jwks.endpoint.refresh.ms': 'LONG',
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms': 'LONG',
  'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms': 'LONG',
  'sasl.oauthbearer.jwks.endpoint.url': 'STRING',
  'sasl.oauthbearer.jwt.retriever.class': 'CLASS',
  'sasl.oauthbearer.jwt.validator.class': 'CLASS',
  'sasl.oauthbearer.scope': 'STRING',
  'sasl.oauthbearer.scope.claim.name': 'STRING',
  'sasl.oauthbearer.sub.claim.name': 'STRING',
  'sasl.oauthbearer.token.endpoint.url': 'STRING',
  'security.protocol': 'STRING',
  'security.providers': 'STRING',
  'send.buffer.bytes': 'INT',
  'session.timeout.ms': 'INT',
  'share.acknowledgement.mode': 'STRING',
  'share.acquire.mode': 'STRING',
  'socket.connection.setup.timeout.max.ms': 'LONG',
  'socket.connection.setup.timeout.ms': 'LONG',
  'ssl.cipher.suites': 'LIST',
  'ssl.enabled.protocols': 'LIST',
  'ssl.endpoint.identification.algorithm': 'STRING',
  'ssl.engine.factory.class': 'CLASS',
  'ssl.key.password': 'PASSWORD',
  'ssl.keymanager.algorithm': 'STRING',
  'ssl.keystore.certificate.chain': 'PASSWORD',
  'ssl.keystore.key': 'PASSWORD',
  'ssl.keystore.location': 'STRING',
  'ssl.keystore.password': 'PASSWORD',
  'ssl.keystore.type': 'STRING',
  'ssl.protocol': 'STRING',
  'ssl.provider': 'STRING',
  'ssl.secure.random.implementation': 'STRING',
  'ssl.trustmanager.algorithm': 'STRING',
  'ssl.truststore.certificates': 'PASSWORD',
  'ssl.truststore.location': 'STRING',
  'ssl.truststore.password': 'PASSWORD',
  'ssl.truststore.type': 'STRING',
  'transaction.timeout.ms': 'INT',
  'transaction.two.phase.commit.enable': 'BOOLEAN',
  'transactional.id': 'STRING',
  'value.deserializer': 'CLASS',
  'value.serializer': 'CLASS',
};

/**
 * The properties Flink's `KafkaSource` reads itself (`KafkaSourceOptions`), beside the
 * client's: a table may set them as `properties.<name>` too. Flink parses the numbers with
 * `Long.parseLong` and the booleans with `Boolean.parseBoolean` (anything but `true` reads
 * as false), so they are typed here as the client would type them.
 *
 * @example
 * ```ts
 * FLINK_KAFKA_SOURCE_PROPERTIES['commit.offsets.on.checkpoint']; // 'BOOLEAN'
 * ```
 */
export const FLINK_KAFKA_SOURCE_PROPERTIES: Readonly<Record<string, KafkaConfigType>> = {
  'client.id.prefix': 'STRING',
  'partition.discovery.interval.ms': 'LONG',
  'register.consumer.metrics': 'BOOLEAN',
  'commit.offsets.on.checkpoint': 'BOOLEAN',
};

/**
 * The type of a name a Flink Kafka table may write as `properties.<name>`: a client config,
 * a property Flink's source reads, or a config provider's own setting
 * (`config.providers.<alias>.class`, `config.providers.<alias>.param.<name>`, which the
 * client reads by prefix). Undefined for a name neither knows.
 *
 * @example
 * ```ts
 * kafkaPropertyType('max.poll.records');            // 'INT'
 * kafkaPropertyType('config.providers.file.class'); // 'STRING'
 * kafkaPropertyType('sasl.mechansim');              // undefined
 * ```
 */
export function kafkaPropertyType(name: string): KafkaConfigType | undefined {
  if (Object.hasOwn(KAFKA_CLIENT_CONFIGS, name)) return KAFKA_CLIENT_CONFIGS[name];
  if (Object.hasOwn(FLINK_KAFKA_SOURCE_PROPERTIES, name)) return FLINK_KAFKA_SOURCE_PROPERTIES[name];
  return name.startsWith('config.providers.') ? 'STRING' : undefined;
}

/**
 * The values a Kafka client config takes where they are few: the spellings to show and
 * suggest, and whether the client reads a value (trimmed, as `ConfigDef` trims it) as one.
 *
 * @example
 * ```ts
 * const acks: KafkaConfigValues = KAFKA_CONFIG_VALUES.acks;
 * acks.accepts('all'); // true
 * acks.accepts('ALL'); // false: Kafka's validator is case-sensitive
 * ```
 */
export interface KafkaConfigValues {
  readonly values: readonly string[];
  readonly accepts: (text: string) => boolean;
}

function oneOf(values: readonly string[], options: { ignoreCase?: boolean } = {}): KafkaConfigValues {
  const fold = (text: string) => (options.ignoreCase ? text.toUpperCase() : text);
  const known = new Set(values.map(fold));
  return { values, accepts: (text) => known.has(fold(text)) };
}

/** `by_duration:` (in lower case) and a non-negative `java.time.Duration` in ISO-8601 (`by_duration:PT1H`), as Kafka 4's validator reads it. */
const BY_DURATION = /^by_duration:[Pp](?=\d|[Tt]\d)(?:\d+[Dd])?(?:[Tt](?=\d)(?:\d+[Hh])?(?:\d+[Mm])?(?:\d+(?:[.,]\d{0,9})?[Ss])?)?$/;
const OFFSET_RESETS = oneOf(['latest', 'earliest', 'none']);

/**
 * Java's key store types as Kafka's default SSL engine factory reads them: `PEM` in capitals
 * only (it compares the name), the JDK's own types in any case (`KeyStore.getInstance`).
 */
const STORE_TYPES: KafkaConfigValues = {
  values: ['JKS', 'PKCS12', 'PEM', 'JCEKS'],
  accepts: (text) => text === 'PEM' || ['JKS', 'PKCS12', 'JCEKS'].includes(text.toUpperCase()),
};

/**
 * The known values of the Kafka client's enumerated configs. Most are the sets of the
 * configs' `ConfigDef` validators in kafka-clients {@link KAFKA_CLIENTS_VERSION}, case
 * as they compare it (`kafka-client-configs.test.ts` holds them against the jar).
 * `sasl.mechanism`, `ssl.truststore.type` and `ssl.keystore.type` have no validator: the
 * client takes any name there and fails when it connects; their sets are the mechanisms of
 * Kafka's own login modules and of AWS's MSK IAM library, and the key store types the JDK
 * and Kafka read.
 *
 * @example
 * ```ts
 * KAFKA_CONFIG_VALUES['security.protocol'].accepts('sasl_ssl'); // true
 * KAFKA_CONFIG_VALUES['auto.offset.reset'].accepts('by_duration:PT1H'); // true
 * ```
 */
export const KAFKA_CONFIG_VALUES: Readonly<Record<string, KafkaConfigValues>> = {
  'security.protocol': oneOf(['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'], { ignoreCase: true }),
  'sasl.mechanism': oneOf(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'GSSAPI', 'OAUTHBEARER', 'AWS_MSK_IAM']),
  'auto.offset.reset': {
    values: [...OFFSET_RESETS.values, 'by_duration:<ISO-8601 duration>'],
    accepts: (text) => OFFSET_RESETS.accepts(text) || BY_DURATION.test(text),
  },
  'isolation.level': oneOf(['read_committed', 'read_uncommitted']),
  acks: oneOf(['all', '-1', '0', '1']),
  'compression.type': oneOf(['none', 'gzip', 'snappy', 'lz4', 'zstd']),
  'client.dns.lookup': oneOf(['use_all_dns_ips', 'resolve_canonical_bootstrap_servers_only']),
  'group.protocol': oneOf(['classic', 'consumer'], { ignoreCase: true }),
  'ssl.truststore.type': STORE_TYPES,
  'ssl.keystore.type': STORE_TYPES,
};
