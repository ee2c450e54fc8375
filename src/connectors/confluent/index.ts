import { defineConnector, type Connector } from '../connector-definition.js';
import { KAFKA_METADATA_FIELDS } from '../kafka/metadata-fields.js';
import { KAFKA_TABLE_ENGINE_KEYS, kafkaTableRules, kafkaTableSchema, type KafkaTableConfig } from '../kafka/table-schema.js';
import { confluentProfileSchema, confluentRegistryRule, type ConfluentProfileConfig } from './profile-schema.js';
import type { ConnectorTester } from '../../testing/test-context.js';
import { lazyTester } from '../../testing/lazy-tester.js';
import { CONFLUENT_TEST_HINTS } from './tester-hints.js';

export { confluentProfileSchema, type ConfluentProfileConfig } from './profile-schema.js';

/**
 * The Confluent Cloud live test, loaded on its first call (with its client), so that defining
 * the connector loads neither; its hints are readable at once.
 *
 * @example
 * ```ts
 * const result = await runConnectorTest('confluent', confluentTester, { profile, secrets: [] }, { deadlineMs: 5_000 });
 * ```
 */
export const confluentTester: ConnectorTester<ConfluentProfileConfig, KafkaTableConfig> = lazyTester(
  async () => (await import('./tester.js')).confluentTester,
  CONFLUENT_TEST_HINTS,
);

/**
 * The Confluent Cloud connector: a Kafka cluster reached with an API key and secret. Its
 * tables are Kafka tables (`topic`, `type`, `source.*`, `sink.*`, …). Its live test
 * connects as Arroyo does: SASL_SSL with PLAIN (see {@link confluentTester}).
 *
 * @example
 * ```ts
 * import { confluentConnector } from 'ddl-profiles';
 * confluentConnector.fields.match('secret')?.field.sensitive; // true
 * ```
 */
export const confluentConnector: Connector = defineConnector({
  name: 'confluent',
  description: 'Kafka topics on a Confluent Cloud cluster, reached with an API key and secret',
  roles: ['source', 'sink'],
  takesProfile: true,
  profile: confluentProfileSchema,
  table: kafkaTableSchema,
  profileRules: [confluentRegistryRule],
  tableRules: kafkaTableRules,
  tester: confluentTester,
  // What Arroyo's confluent connector pulls in `from_options`.
  engineKeys: [
    'bootstrap_servers',
    'key',
    'secret',
    'schema_registry.api_key',
    'schema_registry.api_secret',
    'schema_registry.endpoint',
    ...KAFKA_TABLE_ENGINE_KEYS,
  ],
  // Arroyo's Confluent connector gives Kafka's metadata fields.
  metadataFields: KAFKA_METADATA_FIELDS,
});
