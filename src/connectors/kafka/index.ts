import { defineConnector, type Connector } from '../connector-definition.js';
import { kafkaAutocomplete } from './autocomplete.js';
import { KAFKA_METADATA_FIELDS } from './metadata-fields.js';
import { deriveKafkaAuthentication } from './derived-authentication.js';
import { kafkaTester } from './tester.js';
import { kafkaAuthenticationRule, kafkaProfileSchema } from './profile-schema.js';
import { KAFKA_TABLE_ENGINE_KEYS, kafkaTableRules, kafkaTableSchema } from './table-schema.js';

export { kafkaProfileSchema, KAFKA_SASL_MECHANISMS, type KafkaProfileConfig } from './profile-schema.js';
export { kafkaTester } from './tester.js';
export { kafkaAutocomplete } from './autocomplete.js';
export { KAFKA_METADATA_FIELDS } from './metadata-fields.js';
export { kafkaTableSchema, KAFKA_FORMATS, type KafkaTableConfig } from './table-schema.js';

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
