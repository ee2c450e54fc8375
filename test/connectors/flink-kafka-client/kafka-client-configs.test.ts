import { beforeAll, describe, expect, it } from 'vitest';
import {
  FLINK_KAFKA_SOURCE_PROPERTIES,
  KAFKA_CLIENT_CONFIGS,
  KAFKA_CLIENTS_VERSION,
  KAFKA_CONFIG_VALUES,
  kafkaPropertyType,
} from '../../../src/connectors/flink/kafka/kafka-client-configs.js';
import { type KafkaClientProbe, kafkaClientProbe } from './kafka-client-probe.js';

let probe: KafkaClientProbe;

beforeAll(async () => {
  probe = await kafkaClientProbe();
}, 180_000);

/** The configs whose value sets are their ConfigDef validators', with values to try beyond the listed ones. */
const VALIDATED: Record<string, string[]> = {
  'security.protocol': ['sasl_ssl', 'Ssl', ' SASL_SSL ', 'SASL_PLAINTXT', 'TLS', ''],
  'auto.offset.reset': [
    'LATEST',
    ' earliest ',
    'smallest',
    'by_duration:PT1H',
    'by_duration:P1DT2H30M',
    'by_duration:pt10.5s',
    'by_duration:PT',
    'by_duration:1h',
    'BY_DURATION:PT1H',
    'by_duration:P1DT',
  ],
  'isolation.level': ['READ_COMMITTED', 'read-committed', ' read_uncommitted'],
  acks: ['ALL', '2', '-1 ', 'one'],
  'compression.type': ['GZIP', 'zstandard', 'lz4 '],
  'client.dns.lookup': ['default', 'USE_ALL_DNS_IPS'],
  'group.protocol': ['CONSUMER', 'Classic', 'share'],
};

describe('the Kafka client configs (generated from kafka-clients)', { timeout: 60_000 }, () => {
  it('lists exactly the config names and types of the jar on the judge classpath', async () => {
    const probed = await probe.configs();
    expect(probed.version).toBe(KAFKA_CLIENTS_VERSION);
    expect(KAFKA_CLIENT_CONFIGS).toEqual(probed.configs);
    expect(Object.keys(FLINK_KAFKA_SOURCE_PROPERTIES).sort()).toEqual([...probed.flinkSourceProperties].sort());
  });

  it("accepts the values of validated configs exactly where Kafka's ConfigDef does", async () => {
    const pairs = Object.entries(VALIDATED).flatMap(([name, extra]) =>
      [...KAFKA_CONFIG_VALUES[name].values.filter((v) => !v.includes('<')), ...extra].map((value) => [name, value] as const),
    );
    const kafka = await probe.values(pairs);
    const ours = pairs.map(([name, value]) => KAFKA_CONFIG_VALUES[name].accepts(value.trim()));
    expect(ours).toEqual(kafka.map((message) => message === null));
    // The battery holds refusals as well as acceptances.
    expect(kafka.filter((message) => message !== null).length).toBeGreaterThan(10);
  });

  it('knows client configs, Flink source properties and config providers, and nothing else', () => {
    expect(kafkaPropertyType('max.poll.records')).toBe('INT');
    expect(kafkaPropertyType('sasl.jaas.config')).toBe('PASSWORD');
    expect(kafkaPropertyType('partition.discovery.interval.ms')).toBe('LONG');
    expect(kafkaPropertyType('config.providers.vault.param.address')).toBe('STRING');
    expect(kafkaPropertyType('sasl.mechansim')).toBeUndefined();
    expect(kafkaPropertyType('toString')).toBeUndefined();
  });

  it('takes the SASL mechanisms by their exact names and PEM in capitals only', () => {
    const mechanism = KAFKA_CONFIG_VALUES['sasl.mechanism'];
    expect(['PLAIN', 'SCRAM-SHA-512', 'AWS_MSK_IAM', 'OAUTHBEARER'].map(mechanism.accepts)).toEqual([true, true, true, true]);
    expect(['plain', 'SCRAM_SHA_256', 'SCRAM-SHA-1'].map(mechanism.accepts)).toEqual([false, false, false]);
    const store = KAFKA_CONFIG_VALUES['ssl.truststore.type'];
    expect(['PEM', 'JKS', 'jks', 'pkcs12', 'JCEKS'].map(store.accepts)).toEqual([true, true, true, true, true]);
    expect(['pem', 'P12', 'CRT'].map(store.accepts)).toEqual([false, false, false]);
  });
});
