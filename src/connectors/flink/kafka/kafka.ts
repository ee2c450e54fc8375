import { defineConnector, type Connector, type ConnectorAutocomplete } from '../../connector-definition.js';
import { ARROYO_TO_FLINK_KAFKA_KEYS } from '../../kafka-dialect-keys.js';
import { deriveKafkaAuthentication } from '../../kafka/derived-authentication.js';
import { kafkaAutocomplete, kafkaTester, type KafkaProfileConfig, type KafkaTableConfig } from '../../kafka/index.js';
import { kafkaAuthenticationRule, kafkaProfileSchema } from '../../kafka/profile-schema.js';
import type { subjectOf } from '../../kafka/schema-registry-steps.js';
import type { ConnectorTester } from '../../../testing/index.js';
import { flinkList } from '../flink-values.js';
import { FLINK_KAFKA_READABLE_METADATA, flinkKafkaColumnRule } from './kafka-column-rules.js';
import { kafkaOverridableAs, kafkaProfileOptions, kafkaProfileOwns } from './kafka-profile-options.js';
import { FLINK_KAFKA_TABLE_RULES, groupIdRequirement } from './kafka-table-rules.js';
import { flinkKafkaTableSchema } from './kafka-table-schema.js';

/**
 * A Flink Kafka table as Arroyo's Kafka tester reads one: its single topic, and, where
 * its value format is `avro-confluent`, the registry subject it reads (Flink's
 * `avro-confluent.subject`, by default `<topic>-value`). A table of a topic pattern or
 * of several topics has no single topic to look up: undefined, so that only the cluster
 * is tested.
 *
 * @example
 * ```ts
 * kafkaTestView({ topic: 'orders', 'value.format': 'avro-confluent' });
 * // { topic: 'orders', format: 'avro', avro: { confluent_schema_registry: true }, value: { subject: undefined } }
 * ```
 */
export function kafkaTestView(table: Record<string, unknown>): Parameters<typeof subjectOf>[0] | undefined {
  const topics = table['topic-pattern'] === undefined ? flinkList(table.topic) : [];
  if (topics.length !== 1) return undefined;
  const prefix = table.format !== undefined ? '' : 'value.';
  if (table[`${prefix}format`] !== 'avro-confluent') return { topic: topics[0] };
  const subject = table[`${prefix}avro-confluent.subject`];
  return {
    topic: topics[0],
    format: 'avro',
    avro: { confluent_schema_registry: true },
    value: { subject: typeof subject === 'string' ? subject : undefined },
  };
}

/**
 * Arroyo's Kafka live test for a Flink table's profile, and its topic and registry
 * subject seen through {@link kafkaTestView}.
 *
 * @example
 * ```ts
 * await runConnectorTest('kafka', flinkKafkaTester, { profile, table: { topic: 'orders', format: 'json' }, secrets: [] });
 * ```
 */
export const flinkKafkaTester: ConnectorTester<KafkaProfileConfig, Record<string, unknown>> = async (input, context) => {
  const table = input.table === undefined ? undefined : kafkaTestView(input.table);
  // The view holds every key Arroyo's tester reads (topic, format, avro, value.subject).
  await kafkaTester({ ...input, table: table as KafkaTableConfig | undefined }, context);
};

/**
 * The topics of the profile's cluster, for a Flink table's `topic`: Arroyo's Kafka autocomplete.
 *
 * @example
 * ```ts
 * await flinkKafkaAutocomplete({ profile, secrets: [] }, context); // { topic: ['orders', 'payments'] }
 * ```
 */
export const flinkKafkaAutocomplete: ConnectorAutocomplete<KafkaProfileConfig> = kafkaAutocomplete;

/**
 * What Flink's `kafka` and `upsert-kafka` connectors share: the Kafka profile, stored once
 * for both dialects (its SASL, TLS and registry rules), written as Flink's `properties.*`
 * and registry keys (which it owns), its live test and topic list, the
 * metadata a source reads, and the Arroyo keys a Flink table may write by mistake.
 *
 * @example
 * ```ts
 * defineConnector({ ...FLINK_KAFKA_COMMON, name: 'kafka', description: '…', table, tableRules });
 * ```
 */
export const FLINK_KAFKA_COMMON = {
  dialect: 'flink',
  profileConnector: 'kafka',
  roles: ['source', 'sink'],
  takesProfile: true,
  profile: kafkaProfileSchema,
  profileRules: [kafkaAuthenticationRule],
  derive: deriveKafkaAuthentication,
  metadataFields: FLINK_KAFKA_READABLE_METADATA,
  otherDialectKeys: ARROYO_TO_FLINK_KAFKA_KEYS,
  profileOptions: kafkaProfileOptions,
  profileOptionsRead: ['format', 'key.format', 'value.format'],
  profileOwns: kafkaProfileOwns,
  overridableAs: kafkaOverridableAs,
  tester: flinkKafkaTester,
  autocomplete: flinkKafkaAutocomplete,
} as const;

/**
 * Flink's `kafka` connector (flink-connector-kafka 5.0.0-2.2): Flink's own keys, checked as
 * its factory checks them, with the connection from a `kafka` profile.
 *
 * @example
 * ```ts
 * flinkKafkaConnector.tableValidator.safeParse({ topic: 'orders', format: 'json', 'scan.startup.mode': 'earliest-offset' }).success; // true
 * ```
 */
export const flinkKafkaConnector: Connector = defineConnector({
  ...FLINK_KAFKA_COMMON,
  name: 'kafka',
  description: 'Apache Kafka topics read or written by Flink SQL',
  table: flinkKafkaTableSchema,
  tableRules: FLINK_KAFKA_TABLE_RULES,
  columnRules: [flinkKafkaColumnRule],
  engineRequires: ['properties.bootstrap.servers', groupIdRequirement(['startup', 'bounded'])],
});
