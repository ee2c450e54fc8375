import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configValidator } from '../../../src/connectors/config-validator.js';
import type { EngineOption } from '../../../src/connectors/connector-definition.js';
import { jaasConfig } from '../../../src/connectors/flink/kafka/jaas-config.js';
import { kafkaOverridableAs, kafkaProfileOptions, kafkaProfileOwns } from '../../../src/connectors/flink/kafka/kafka-profile-options.js';
import { kafkaPropertiesRule } from '../../../src/connectors/flink/kafka/kafka-properties-rule.js';
import { profileReader, SAMPLE_PROFILES, tableReader } from './config-readers.js';

const asRecord = (options: EngineOption[]) => Object.fromEntries(options.map((o) => [o.key, o.value]));
const sensitiveKeys = (options: EngineOption[]) => options.filter((o) => o.sensitive).map((o) => o.key);
const json = tableReader({ format: 'json' });

describe('kafkaProfileOptions', () => {
  it("writes the servers alone for a profile without authentication or TLS (PLAINTEXT is the client's default)", () => {
    expect(kafkaProfileOptions(profileReader({ bootstrap_servers: 'k1:9092,k2:9092' }), json)).toEqual([
      { key: 'properties.bootstrap.servers', value: 'k1:9092,k2:9092' },
    ]);
  });

  it('writes SASL with its JAAS line, marked sensitive, over plain TCP or TLS', () => {
    const auth = { sasl_mechanism: 'SCRAM-SHA-512', username: 'alice', password: 'pa"ss' };
    const plain = kafkaProfileOptions(profileReader({ bootstrap_servers: 'k:9092', authentication: auth }), json);
    expect(plain).toEqual([
      { key: 'properties.bootstrap.servers', value: 'k:9092' },
      { key: 'properties.security.protocol', value: 'SASL_PLAINTEXT' },
      { key: 'properties.sasl.mechanism', value: 'SCRAM-SHA-512' },
      { key: 'properties.sasl.jaas.config', value: jaasConfig('SCRAM-SHA-512', 'alice', 'pa"ss'), sensitive: true },
    ]);
    const overTls = asRecord(kafkaProfileOptions(profileReader({ bootstrap_servers: 'k:9092', authentication: auth, tls: {} }), json));
    expect(overTls['properties.security.protocol']).toBe('SASL_SSL');
    const stated = { ...auth, type: 'sasl', protocol: 'SASL_PLAINTEXT' };
    const explicit = asRecord(kafkaProfileOptions(profileReader({ bootstrap_servers: 'k:9092', authentication: stated, tls: {} }), json));
    expect(explicit['properties.security.protocol']).toBe('SASL_PLAINTEXT');
  });

  it('writes AWS MSK IAM with its login module and callback handler', () => {
    const options = kafkaProfileOptions(
      profileReader({ bootstrap_servers: 'b-1.msk:9098', authentication: { region: 'us-east-1' } }),
      json,
    );
    expect(asRecord(options)).toEqual({
      'properties.bootstrap.servers': 'b-1.msk:9098',
      'properties.security.protocol': 'SASL_SSL',
      'properties.sasl.mechanism': 'AWS_MSK_IAM',
      'properties.sasl.jaas.config': 'software.amazon.msk.auth.iam.IAMLoginModule required;',
      'properties.sasl.client.callback.handler.class': 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
    });
  });

  it('writes PEM trust and key material, the key sensitive, and turns off host name checks on request', () => {
    const tls = { ca: 'CA PEM', cert: 'CERT PEM', key: 'KEY PEM', reject_unauthorized: false };
    const options = kafkaProfileOptions(profileReader({ bootstrap_servers: 'k:9093', tls }), json);
    expect(asRecord(options)).toEqual({
      'properties.bootstrap.servers': 'k:9093',
      'properties.security.protocol': 'SSL',
      'properties.ssl.truststore.type': 'PEM',
      'properties.ssl.truststore.certificates': 'CA PEM',
      'properties.ssl.keystore.type': 'PEM',
      'properties.ssl.keystore.certificate.chain': 'CERT PEM',
      'properties.ssl.keystore.key': 'KEY PEM',
      'properties.ssl.endpoint.identification.algorithm': '',
    });
    expect(sensitiveKeys(options)).toEqual(['properties.ssl.keystore.key']);
  });

  it('writes nothing of TLS when the profile turns it off', () => {
    const options = kafkaProfileOptions(profileReader({ bootstrap_servers: 'k:9092', tls: { enabled: false, ca: 'CA PEM' } }), json);
    expect(asRecord(options)).toEqual({ 'properties.bootstrap.servers': 'k:9092' });
  });

  it('writes connection properties last, replacing a derived option of the same name', () => {
    const profile = profileReader({
      bootstrap_servers: 'k:9092',
      authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: 'p' },
      connection_properties: { 'client.id': 'orders-app', 'security.protocol': 'SASL_SSL' },
    });
    expect(kafkaProfileOptions(profile, json).filter((o) => !o.key.startsWith('properties.sasl.'))).toEqual([
      { key: 'properties.bootstrap.servers', value: 'k:9092' },
      { key: 'properties.security.protocol', value: 'SASL_SSL' },
      { key: 'properties.client.id', value: 'orders-app' },
    ]);
  });

  it('writes the schema registry for each format that reads one, under its prefix', () => {
    const profile = profileReader({
      bootstrap_servers: 'k:9092',
      schema_registry: { endpoint: 'https://registry:8081', api_key: 'KEY', api_secret: 's:ecret' },
    });
    const registryKeys = (table: Record<string, string>) =>
      kafkaProfileOptions(profile, tableReader(table)).filter((o) => !o.key.startsWith('properties.'));
    expect(registryKeys({ format: 'json' })).toEqual([]);
    expect(registryKeys({ format: 'avro-confluent' })).toEqual([
      { key: 'avro-confluent.url', value: 'https://registry:8081' },
      { key: 'avro-confluent.basic-auth.credentials-source', value: 'USER_INFO' },
      { key: 'avro-confluent.basic-auth.user-info', value: 'KEY:s:ecret', sensitive: true },
    ]);
    expect(registryKeys({ 'key.format': 'avro-confluent', 'value.format': 'debezium-avro-confluent' }).map((o) => o.key)).toEqual([
      'key.avro-confluent.url',
      'key.avro-confluent.basic-auth.credentials-source',
      'key.avro-confluent.basic-auth.user-info',
      'value.debezium-avro-confluent.url',
      'value.debezium-avro-confluent.basic-auth.credentials-source',
      'value.debezium-avro-confluent.basic-auth.user-info',
    ]);
    expect(registryKeys({ 'key.format': 'raw', 'value.format': 'Avro-Confluent' })).toEqual([]);
    const anonymous = profileReader({ bootstrap_servers: 'k:9092', schema_registry: { endpoint: 'http://registry:8081' } });
    expect(kafkaProfileOptions(anonymous, tableReader({ 'value.format': 'avro-confluent' })).map((o) => o.key)).toEqual([
      'properties.bootstrap.servers',
      'value.avro-confluent.url',
    ]);
  });
});

describe('kafkaProfileOptions and kafkaPropertiesRule', () => {
  it('write only properties the rule accepts', () => {
    const table = configValidator(z.strictObject({ properties: z.record(z.string(), z.string()) }), [kafkaPropertiesRule]);
    for (const [name, profile] of Object.entries(SAMPLE_PROFILES)) {
      const options = kafkaProfileOptions(profileReader(profile), json);
      const properties = Object.fromEntries(
        options.filter((o) => o.key.startsWith('properties.')).map((o) => [o.key.slice('properties.'.length), o.value]),
      );
      expect([name, table.safeParse({ properties }).error?.issues]).toEqual([name, undefined]);
    }
  });
});

describe('kafkaProfileOwns', () => {
  it('says which keys are endpoints, which are owned, and leaves the rest to the table', () => {
    const keys = [
      'properties.bootstrap.servers',
      'avro-confluent.url',
      'value.debezium-avro-confluent.url',
      'properties.security.protocol',
      'properties.sasl.jaas.config',
      'properties.ssl.truststore.certificates',
      'key.avro-confluent.basic-auth.user-info',
      'properties.group.id',
      'topic',
      'avro-confluent.subject',
    ];
    expect(keys.map((key) => [key, kafkaProfileOwns(key)])).toEqual([
      ['properties.bootstrap.servers', 'endpoint'],
      ['avro-confluent.url', 'endpoint'],
      ['value.debezium-avro-confluent.url', 'endpoint'],
      ['properties.security.protocol', 'owned'],
      ['properties.sasl.jaas.config', 'owned'],
      ['properties.ssl.truststore.certificates', 'owned'],
      ['key.avro-confluent.basic-auth.user-info', 'owned'],
      ['properties.group.id', undefined],
      ['topic', undefined],
      ['avro-confluent.subject', undefined],
    ]);
  });
});

describe('kafkaOverridableAs', () => {
  it("names a Kafka client setting by the profile's connection property, so overridable says it in the profile's keys", async () => {
    expect(
      ['properties.ssl.endpoint.identification.algorithm', 'properties.sasl.mechanism', 'avro-confluent.url', 'topic'].map(
        kafkaOverridableAs,
      ),
    ).toEqual([
      'connection_properties.ssl.endpoint.identification.algorithm',
      'connection_properties.sasl.mechanism',
      undefined,
      undefined,
    ]);
    const { resolve } = await import('../../../src/index.js');
    const sql =
      "CREATE TABLE t (id INT) WITH ('connector' = 'kafka', 'connection_profile' = 'k', 'topic' = 't', 'format' = 'json', 'type' = 'sink', 'properties.ssl.endpoint.identification.algorithm' = '')";
    const profile = (overridable: string[]) => [{ name: 'k', connector: 'kafka', config: { bootstrap_servers: 'k:9092' }, overridable }];
    const allowed = await resolve(sql, { dialect: 'flink', profiles: profile(['connection_properties.*']) });
    expect(allowed.errors).toEqual([]);
    expect(allowed.tables[0].sql).toContain("'properties.ssl.endpoint.identification.algorithm' = ''");
    const refused = await resolve(sql, { dialect: 'flink', profiles: profile(['connection_properties.linger.ms']) });
    expect(refused.errors.map((e) => [e.code, e.key])).toEqual([['OPTION_CONFLICT', 'properties.ssl.endpoint.identification.algorithm']]);
  });
});
