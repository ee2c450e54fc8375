import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configValidator } from '../../../src/connectors/config-validator.js';
import { jaasConfig } from '../../../src/connectors/flink/kafka/jaas-config.js';
import { kafkaPropertiesRule } from '../../../src/connectors/flink/kafka/kafka-properties-rule.js';
import { type KafkaClientProbe, kafkaClientProbe } from './kafka-client-probe.js';

let probe: KafkaClientProbe;

beforeAll(async () => {
  probe = await kafkaClientProbe();
}, 180_000);

const table = configValidator(z.strictObject({ properties: z.record(z.string(), z.string()).optional() }), [kafkaPropertiesRule]);

/** The rule's issues for a table with these properties: path, message and params. */
function issuesOf(properties: unknown) {
  const result = table.safeParse({ properties });
  return (result.error?.issues ?? [])
    .filter((issue) => issue.code === 'custom')
    .map((issue) => ({ path: issue.path, message: issue.message, params: (issue as { params?: unknown }).params }));
}

describe('kafkaPropertiesRule', () => {
  it('passes the properties of a working SASL_SSL consumer', () => {
    expect(
      issuesOf({
        'bootstrap.servers': 'kafka-1:9092',
        'security.protocol': 'SASL_SSL',
        'sasl.mechanism': 'SCRAM-SHA-256',
        'sasl.jaas.config': jaasConfig('SCRAM-SHA-256', 'alice', 'p"w;'),
        'group.id': 'g',
        'auto.offset.reset': 'earliest',
        'isolation.level': 'read_committed',
        'max.poll.records': '+500',
        'enable.auto.commit': 'FALSE',
        'partition.discovery.interval.ms': '60000',
        'sasl.login.refresh.window.factor': '0.8',
        'config.providers.env.class': 'org.apache.kafka.common.config.provider.EnvVarConfigProvider',
      }),
    ).toEqual([]);
  });

  it('reports an unknown name at its map path with the closest known name', () => {
    expect(issuesOf({ 'sasl.mechansim': 'PLAIN', 'no.such.thing.at.all': 'x' })).toEqual([
      {
        path: ['properties', 'sasl.mechansim'],
        message: 'properties.sasl.mechansim is not a config of the Kafka client 4.2.0',
        params: { code: 'UNKNOWN_OPTION', suggestion: 'properties.sasl.mechanism' },
      },
      {
        path: ['properties', 'no.such.thing.at.all'],
        message: 'properties.no.such.thing.at.all is not a config of the Kafka client 4.2.0',
        params: { code: 'UNKNOWN_OPTION', suggestion: undefined },
      },
    ]);
  });

  it('reports a value outside the known ones with the expected values and the closest', () => {
    expect(issuesOf({ 'security.protocol': 'SASL_PLAINTXT', acks: 'ALL' })).toEqual([
      {
        path: ['properties', 'security.protocol'],
        message: "properties.security.protocol: 'SASL_PLAINTXT' is not one of 'PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'",
        params: { code: 'INVALID_VALUE', suggestion: 'SASL_PLAINTEXT' },
      },
      {
        path: ['properties', 'acks'],
        message: "properties.acks: 'ALL' is not one of 'all', '-1', '0', '1'",
        params: { code: 'INVALID_VALUE', suggestion: 'all' },
      },
    ]);
  });

  it("refuses the numbers and booleans Kafka's ConfigDef refuses, and only those", { timeout: 60_000 }, async () => {
    // Values within each config's range: the rule checks the type, Kafka's validators the range too.
    const tries: Record<string, string[]> = {
      'request.timeout.ms': ['5', '+5', ' 5 ', '5.0', '5ms', '2147483647', '2147483648', '0x10', '', '1e3'],
      'linger.ms': ['0', '9007199254740991', '+7', '7L', '-'],
      'sasl.login.refresh.buffer.seconds': ['300', '40000', '3.0'],
      'sasl.login.refresh.window.factor': ['0.7', '0.7d', '7e-1', '.7', '1.', ' 0.9 ', '0,7', 'abc', '0.7.1'],
      'enable.auto.commit': ['true', 'TRUE', ' false ', 'yes', '1', 'truee'],
    };
    const pairs = Object.entries(tries).flatMap(([name, values]) => values.map((value) => [name, value] as const));
    const kafka = await probe.values(pairs);
    expect(pairs.map(([name, value]) => issuesOf({ [name]: value }).length === 0)).toEqual(kafka.map((message) => message === null));
    expect(kafka.filter((message) => message !== null).length).toBeGreaterThan(10);
  });

  it('reports numbers and booleans the client would not parse', () => {
    const issues = issuesOf({
      'max.poll.records': 'lots',
      'request.timeout.ms': '30 s',
      'fetch.max.bytes': '2147483648',
      'linger.ms': '5.5',
      'enable.auto.commit': 'yes',
      'commit.offsets.on.checkpoint': 'maybe',
      'sasl.login.refresh.window.factor': 'high',
    });
    expect(issues.map((i) => [i.path[1], i.message, i.params])).toEqual([
      [
        'max.poll.records',
        "properties.max.poll.records: expected a whole number from -2147483648 to 2147483647, not 'lots'",
        { code: 'INVALID_VALUE' },
      ],
      ['request.timeout.ms', expect.stringContaining("not '30 s'"), { code: 'INVALID_VALUE' }],
      ['fetch.max.bytes', expect.stringContaining("not '2147483648'"), { code: 'INVALID_VALUE' }],
      ['linger.ms', "properties.linger.ms: expected a whole number, not '5.5'", { code: 'INVALID_VALUE' }],
      ['enable.auto.commit', "properties.enable.auto.commit: expected 'true' or 'false', not 'yes'", { code: 'INVALID_VALUE' }],
      ['commit.offsets.on.checkpoint', expect.stringContaining("expected 'true' or 'false'"), { code: 'INVALID_VALUE' }],
      [
        'sasl.login.refresh.window.factor',
        "properties.sasl.login.refresh.window.factor: expected a number, not 'high'",
        { code: 'INVALID_VALUE' },
      ],
    ]);
  });

  it('reports a broken sasl.jaas.config without repeating it', () => {
    const jaas = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="hunter2"';
    const issues = issuesOf({ 'sasl.jaas.config': jaas });
    expect(issues).toEqual([
      {
        path: ['properties', 'sasl.jaas.config'],
        message: 'properties.sasl.jaas.config: the entry does not end with ;',
        params: { code: 'INVALID_VALUE' },
      },
    ]);
    expect(JSON.stringify(issues)).not.toContain('hunter2');
  });

  it('reports a login module that is not the one sasl.mechanism logs in with', () => {
    const issues = issuesOf({ 'sasl.mechanism': 'SCRAM-SHA-512', 'sasl.jaas.config': jaasConfig('PLAIN', 'u', 'hunter2') });
    expect(issues).toEqual([
      {
        path: ['properties', 'sasl.jaas.config'],
        message:
          "properties.sasl.jaas.config: sasl.mechanism 'SCRAM-SHA-512' logs in with org.apache.kafka.common.security.scram.ScramLoginModule, not org.apache.kafka.common.security.plain.PlainLoginModule",
        params: { code: 'INVALID_VALUE' },
      },
    ]);
    // A mechanism without one fixed module (OAUTHBEARER, GSSAPI) leaves the module to the JAAS line.
    expect(issuesOf({ 'sasl.mechanism': 'OAUTHBEARER', 'sasl.jaas.config': 'com.example.TokenLogin required;' })).toEqual([]);
  });

  it('leaves properties that are not a record, and values that are not strings, to the schema', () => {
    expect(issuesOf('acks=all')).toEqual([]);
    expect(issuesOf(null)).toEqual([]);
    expect(issuesOf({ acks: 1, 'max.poll.records': true })).toEqual([]);
    expect(issuesOf({ akcs: 1 }).map((i) => i.params)).toEqual([{ code: 'UNKNOWN_OPTION', suggestion: 'properties.acks' }]);
  });
});
