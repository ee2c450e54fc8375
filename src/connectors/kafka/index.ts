import { defineConnector, type Connector, type ConnectorAutocomplete } from '../connector-definition.js';
import { FLINK_TO_ARROYO_KAFKA_KEYS } from '../kafka-dialect-keys.js';
import { KAFKA_METADATA_FIELDS } from './metadata-fields.js';
import { deriveKafkaAuthentication } from './derived-authentication.js';
import { kafkaAuthenticationRule, kafkaProfileSchema, type KafkaProfileConfig } from './profile-schema.js';
import { KAFKA_TABLE_ENGINE_KEYS, kafkaTableRules, kafkaTableSchema, type KafkaTableConfig } from './table-schema.js';
import type { ConnectorTester } from '../../testing/test-context.js';
import { lazyTester } from '../../testing/lazy-tester.js';

export { kafkaProfileSchema, KAFKA_SASL_MECHANISMS, type KafkaProfileConfig } from './profile-schema.js';
export { KAFKA_METADATA_FIELDS } from './metadata-fields.js';
export { kafkaTableSchema, KAFKA_FORMATS, type KafkaTableConfig } from './table-schema.js';

/**
 * The Kafka live test, loaded on its first call (with its client), so that defining
 * the connector loads neither; its hints are readable at once.
 *
 * @example
 * ```ts
 * const result = await runConnectorTest('kafka', kafkaTester, { profile, secrets: [] }, { deadlineMs: 5_000 });
 * ```
 */
export const kafkaTester: ConnectorTester<KafkaProfileConfig, KafkaTableConfig> = lazyTester(
  async () => (await import('./tester.js')).kafkaTester,
);

/**
 * The topics of a Kafka profile's cluster, for `topic`, listed live (kafkajs' admin
 * client, loaded on the first call).
 *
 * @example
 * ```ts
 * const values = await kafkaAutocomplete({ profile, secrets: [] }, context); // { topic: ['orders', 'payments'] }
 * ```
 */
export const kafkaAutocomplete: ConnectorAutocomplete<KafkaProfileConfig> = async (input, context) =>
  (await import('./autocomplete.js')).kafkaAutocomplete(input, context);

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
  roles: ['source', 'sink'],
  takesProfile: true,
  profile: kafkaProfileSchema,
  table: kafkaTableSchema,
  profileRules: [kafkaAuthenticationRule],
  tester: kafkaTester,
  autocomplete: kafkaAutocomplete,
  tableRules: kafkaTableRules,
  metadataFields: KAFKA_METADATA_FIELDS,
  derive: deriveKafkaAuthentication,
  otherDialectKeys: FLINK_TO_ARROYO_KAFKA_KEYS,
  // What `KafkaConnector::connection_from_options` and `table_from_options` pull.
  engineKeys: [
    'bootstrap_servers',
    'auth.type',
    'auth.mechanism',
    'auth.protocol',
    'auth.username',
    'auth.password',
    'auth.region',
    'schema_registry.endpoint',
    'schema_registry.api_key',
    'schema_registry.api_secret',
    ...KAFKA_TABLE_ENGINE_KEYS,
  ],
});
