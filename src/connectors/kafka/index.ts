import { defineConnector, type Connector } from '../connector-definition.js';
import { kafkaTester } from './tester.js';
import { kafkaAuthenticationRule, kafkaProfileSchema } from './profile-schema.js';
import { kafkaDirectionRule, kafkaTableSchema } from './table-schema.js';

export { kafkaProfileSchema, KAFKA_SASL_MECHANISMS, type KafkaProfileConfig } from './profile-schema.js';
export { kafkaTester } from './tester.js';
export { kafkaTableSchema, KAFKA_FORMATS, type KafkaTableConfig } from './table-schema.js';

/**
 * What a Kafka source gives a `METADATA FROM '…'` column, and its type (Arroyo's
 * `metadata_defs` for Kafka; Confluent's are the same).
 *
 * @example
 * ```ts
 * KAFKA_METADATA_FIELDS.offset_id; // 'BIGINT'
 * ```
 */
export const KAFKA_METADATA_FIELDS: Readonly<Record<string, string>> = { offset_id: 'BIGINT', partition: 'INT', topic: 'TEXT', timestamp: 'BIGINT', key: 'BYTEA' };

/**
 * The built-in Kafka connector. Arroyo's `auth.*` keys are accepted as aliases.
 *
 * @example
 * ```ts
 * import { kafkaConnector } from 'ddl-profiles';
 * kafkaConnector.fields.match('auth.mechanism')?.key; // 'authentication.sasl_mechanism'
 * ```
 */
export const kafkaConnector: Connector = defineConnector({
  name: 'kafka',
  description: 'Apache Kafka topics, read or written through a broker cluster',
  profile: kafkaProfileSchema,
  table: kafkaTableSchema,
  profileRules: [kafkaAuthenticationRule],
  tester: kafkaTester,
  tableRules: [kafkaDirectionRule],
  metadataFields: KAFKA_METADATA_FIELDS,
});
