import { defineConnector, type Connector } from '../../connector-definition.js';
import { flinkUpsertKafkaColumnRule } from './kafka-column-rules.js';
import { FLINK_UPSERT_KAFKA_TABLE_RULES, groupIdRequirement } from './kafka-table-rules.js';
import { FLINK_KAFKA_COMMON } from './kafka.js';
import { flinkUpsertKafkaTableSchema } from './upsert-kafka-table-schema.js';

/**
 * Flink's `upsert-kafka` connector: a Kafka topic as a changelog keyed by the table's
 * PRIMARY KEY. Its tables take `kafka` profiles.
 *
 * @example
 * ```ts
 * flinkUpsertKafkaConnector.profileConnector; // 'kafka'
 * ```
 */
export const flinkUpsertKafkaConnector: Connector = defineConnector({
  ...FLINK_KAFKA_COMMON,
  name: 'upsert-kafka',
  description: 'An Apache Kafka topic as a changelog keyed by the PRIMARY KEY, read or written by Flink SQL',
  table: flinkUpsertKafkaTableSchema,
  tableRules: FLINK_UPSERT_KAFKA_TABLE_RULES,
  columnRules: [flinkUpsertKafkaColumnRule],
  // It always starts from the earliest offset; only a bounded read may end at committed ones.
  engineRequires: ['properties.bootstrap.servers', groupIdRequirement(['bounded'])],
});
