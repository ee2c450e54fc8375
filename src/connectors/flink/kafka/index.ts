export { flinkKafkaConnector, flinkKafkaTester, kafkaTestView } from './kafka.js';
export { flinkUpsertKafkaConnector } from './upsert-kafka.js';
export { flinkKafkaTableSchema, FLINK_KAFKA_ENUMS, type FlinkKafkaTableConfig } from './kafka-table-schema.js';
export { flinkUpsertKafkaTableSchema } from './upsert-kafka-table-schema.js';
export { FLINK_KAFKA_TABLE_RULES, FLINK_UPSERT_KAFKA_TABLE_RULES } from './kafka-table-rules.js';
export { FLINK_KAFKA_READABLE_METADATA, flinkKafkaColumnRule, flinkUpsertKafkaColumnRule } from './kafka-column-rules.js';
