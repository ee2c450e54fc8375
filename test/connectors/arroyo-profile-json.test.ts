import { describe, expect, it } from 'vitest';
import {
  fromArroyoProfileConfig,
  isCanonicalProfileConfig,
  kafkaConnector,
  natsConnector,
  redisConnector,
} from '../../src/connectors/index.js';

describe('isCanonicalProfileConfig', () => {
  const cases: Array<[typeof kafkaConnector, Record<string, unknown>]> = [
    [kafkaConnector, {}],
    [kafkaConnector, { bootstrap_servers: 'b:9092', authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: 'p' } }],
    [kafkaConnector, { bootstrap_servers: 'b:9092', authentication: {} }],
    [kafkaConnector, { bootstrapServers: 'b:9092' }],
    [kafkaConnector, { bootstrap_servers: 'b:9092', bootstrapServers: 'other:9092' }],
    [kafkaConnector, { bootstrap_servers: 'b:9092', schemaRegistryEnum: {} }],
    [kafkaConnector, { bootstrap_servers: 'b:9092', schemaRegistryEnum: { endpoint: 'http://r:8081' } }],
    [kafkaConnector, { bootstrap_servers: 'b:9092', connectionProperties: { 'linger.ms': '5' } }],
    [kafkaConnector, { bootstrap_servers: 'b:9092', authentication: { protocol: 'SASL_SSL', mechanism: 'PLAIN' } }],
    [redisConnector, { address: 'redis://c:6379', password: 'p' }],
    [redisConnector, { connection: { address: 'redis://c:6379' } }],
    [redisConnector, { connection: {} }],
    [natsConnector, { servers: 'nats:4222' }],
  ];

  it('is true exactly when converting would give back an equal config', () => {
    for (const [connector, config] of cases) {
      const unchanged = JSON.stringify(fromArroyoProfileConfig(connector, config)) === JSON.stringify(config);
      expect({ connector: connector.name, config, canonical: isCanonicalProfileConfig(connector, config) }).toEqual({
        connector: connector.name,
        config,
        canonical: unchanged,
      });
    }
    expect(cases.filter(([connector, config]) => isCanonicalProfileConfig(connector, config))).toHaveLength(6);
  });
});
