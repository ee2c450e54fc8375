import { defineConnector, type Connector } from '../connector-definition.js';
import { mqttTester } from './tester.js';
import { mqttProfileSchema, mqttTlsRule } from './profile-schema.js';
import { mqttTableRules, mqttTableSchema } from './table-schema.js';

export { mqttProfileSchema, type MqttProfileConfig } from './profile-schema.js';
export { mqttTableSchema, type MqttTableConfig } from './table-schema.js';
export { mqttTester } from './tester.js';

/**
 * The MQTT connector: topics on an MQTT broker, as sources or sinks. It has no live test
 * of its own yet: a test answers `config`.
 *
 * @example
 * ```ts
 * import { mqttConnector } from 'ddl-profiles';
 * mqttConnector.fields.match('url')?.field.endpoint; // true
 * ```
 */
export const mqttConnector: Connector = defineConnector({
  name: 'mqtt',
  description: 'MQTT topics on a broker, read or written',
  roles: ['source', 'sink'],
  takesProfile: true,
  profile: mqttProfileSchema,
  table: mqttTableSchema,
  profileRules: [mqttTlsRule],
  tester: mqttTester,
  tableRules: mqttTableRules,
  // What Arroyo's mqtt connector pulls in `from_options`.
  engineKeys: [
    'url',
    'client_prefix',
    'username',
    'password',
    'max_packet_size',
    'tls.ca',
    'tls.cert',
    'tls.key',
    'type',
    'topic',
    'qos',
    'sink.retain',
  ],
  // Arroyo's `metadata_defs` for MQTT.
  metadataFields: { topic: 'TEXT' },
});
