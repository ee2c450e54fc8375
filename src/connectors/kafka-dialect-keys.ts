/**
 * The keys of a Kafka table that say the same setting in Arroyo's and Flink's dialects,
 * as `[arroyo, flink]` pairs; null where that dialect has no key for it (Flink's
 * `topic-pattern`, Arroyo's `client_configs`). Keys both dialects spell the same
 * (`topic`, `type`, `format`) are not listed: neither is foreign to the other.
 */
const PAIRS: ReadonlyArray<readonly [arroyo: string | null, flink: string | null]> = [
  ['bootstrap_servers', 'properties.bootstrap.servers'],
  ['authentication.protocol', 'properties.security.protocol'],
  ['auth.protocol', 'properties.security.protocol'],
  ['authentication.sasl_mechanism', 'properties.sasl.mechanism'],
  ['auth.mechanism', 'properties.sasl.mechanism'],
  ['authentication.username', 'properties.sasl.jaas.config'],
  ['auth.username', 'properties.sasl.jaas.config'],
  ['authentication.password', 'properties.sasl.jaas.config'],
  ['auth.password', 'properties.sasl.jaas.config'],
  ['authentication.type', null],
  ['auth.type', null],
  ['authentication.region', null],
  ['auth.region', null],
  ['tls.ca', 'properties.ssl.truststore.certificates'],
  ['tls.cert', 'properties.ssl.keystore.certificate.chain'],
  ['tls.key', 'properties.ssl.keystore.key'],
  ['schema_registry.endpoint', 'avro-confluent.url'],
  ['schema_registry.api_key', 'avro-confluent.basic-auth.user-info'],
  ['schema_registry.api_secret', 'avro-confluent.basic-auth.user-info'],
  ['client_configs', null],
  ['source.offset', 'scan.startup.mode'],
  ['source.read_mode', 'properties.isolation.level'],
  ['source.group_id', 'properties.group.id'],
  ['source.group_id_prefix', null],
  ['sink.commit_mode', 'sink.delivery-guarantee'],
  ['sink.key_field', 'key.fields'],
  ['sink.timestamp_field', null],
  ['value.subject', 'avro-confluent.subject'],
  ['bad_data', null],
  ['event_time_field', null],
  ['watermark_field', null],
  ['idle_micros', null],
  ['json.timestamp_format', 'json.timestamp-format.standard'],
  [null, 'topic-pattern'],
  [null, 'key.format'],
  [null, 'value.format'],
  [null, 'value.fields-include'],
  [null, 'key.fields-prefix'],
  [null, 'scan.startup.specific-offsets'],
  [null, 'scan.startup.timestamp-millis'],
  [null, 'scan.bounded.mode'],
  [null, 'scan.bounded.specific-offsets'],
  [null, 'scan.bounded.timestamp-millis'],
  [null, 'scan.topic-partition-discovery.interval'],
  [null, 'scan.parallelism'],
  [null, 'sink.partitioner'],
  [null, 'sink.parallelism'],
  [null, 'sink.semantic'],
  [null, 'sink.transactional-id-prefix'],
  [null, 'sink.transaction-naming-strategy'],
  [null, 'sink.buffer-flush.max-rows'],
  [null, 'sink.buffer-flush.interval'],
];

function keysFrom(side: 0 | 1): Readonly<Record<string, string | null>> {
  const other = side === 0 ? 1 : 0;
  const map: Record<string, string | null> = {};
  for (const pair of PAIRS) {
    const key = pair[side];
    // The first pair of a key names its counterpart: Flink's JAAS line stands for Arroyo's user and password, read back as the user.
    if (key !== null && !(key in map)) map[key] = pair[other];
  }
  return map;
}

/**
 * Arroyo's Kafka keys, each with Flink's key for the same setting (null: Flink has none):
 * what a Flink table that writes an Arroyo key is told. The Flink `kafka` and
 * `upsert-kafka` connectors' `otherDialectKeys`.
 *
 * @example
 * ```ts
 * ARROYO_TO_FLINK_KAFKA_KEYS['source.offset']; // 'scan.startup.mode'
 * ARROYO_TO_FLINK_KAFKA_KEYS.client_configs;    // null
 * ```
 */
export const ARROYO_TO_FLINK_KAFKA_KEYS: Readonly<Record<string, string | null>> = keysFrom(0);

/**
 * Flink's Kafka keys, each with Arroyo's key for the same setting (null: Arroyo has none):
 * what an Arroyo table that writes a Flink key is told. Arroyo's `kafka` connector's
 * `otherDialectKeys`.
 *
 * @example
 * ```ts
 * FLINK_TO_ARROYO_KAFKA_KEYS['properties.bootstrap.servers']; // 'bootstrap_servers'
 * FLINK_TO_ARROYO_KAFKA_KEYS['topic-pattern'];                // null
 * ```
 */
export const FLINK_TO_ARROYO_KAFKA_KEYS: Readonly<Record<string, string | null>> = keysFrom(1);
