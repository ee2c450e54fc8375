import { defineConnector, type Connector } from '../connector-definition.js';
import { mqttProfileSchema, mqttTlsRule, type MqttProfileConfig } from './profile-schema.js';
import { mqttTableRules, mqttTableSchema, type MqttTableConfig } from './table-schema.js';
import type { ConnectorTester } from '../../testing/test-context.js';
import { lazyTester } from '../../testing/lazy-tester.js';
import { MQTT_TEST_HINTS } from './tester-hints.js';

export { mqttProfileSchema, type MqttProfileConfig } from './profile-schema.js';
export { mqttTableSchema, type MqttTableConfig } from './table-schema.js';

/**
 * The MQTT live test, loaded on its first call (with its client), so that defining
 * the connector loads neither; its hints are readable at once.
 *
 * @example
 * ```ts
 * const result = await runConnectorTest('mqtt', mqttTester, { profile, secrets: [] }, { deadlineMs: 5_000 });
 * ```
 */
export const mqttTester: ConnectorTester<MqttProfileConfig, MqttTableConfig> = lazyTester(
  async () => (await import('./tester.js')).mqttTester,
  MQTT_TEST_HINTS,
);

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
