import { defineConnector, type Connector } from '../connector-definition.js';
import { kafkaAutocomplete } from './autocomplete.js';
import { kafkaTester } from './tester.js';
import { kafkaAuthenticationRule, kafkaProfileSchema } from './profile-schema.js';
import { kafkaDirectionRule, kafkaTableSchema } from './table-schema.js';

export { kafkaProfileSchema, KAFKA_SASL_MECHANISMS, type KafkaProfileConfig } from './profile-schema.js';
export { kafkaTester } from './tester.js';
export { kafkaAutocomplete } from './autocomplete.js';
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
  profile: kafkaProfileSchema,
  table: kafkaTableSchema,
  profileRules: [kafkaAuthenticationRule],
  tester: kafkaTester,
  autocomplete: kafkaAutocomplete,
  tableRules: [kafkaDirectionRule],
});
