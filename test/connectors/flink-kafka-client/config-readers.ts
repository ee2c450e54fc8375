import type { ConfigReader } from '../../../src/connectors/connector-definition.js';

/** A reader of a nested profile config by canonical key (`authentication.password`, `tls`). */
export function profileReader(config: Record<string, unknown>): ConfigReader {
  return (key) =>
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined),
        config,
      );
}

/** A reader of a Flink table config, whose keys contain dots (`value.format`). */
export function tableReader(config: Record<string, string>): ConfigReader {
  return (key) => config[key];
}

/** Profiles of each kind kafkaProfileOptions writes, by name. */
export const SAMPLE_PROFILES: Readonly<Record<string, Record<string, unknown>>> = {
  none: { bootstrap_servers: '127.0.0.1:9' },
  plain: { bootstrap_servers: '127.0.0.1:9', authentication: { sasl_mechanism: 'PLAIN', username: 'alice', password: 's3cret' } },
  scramOverTls: {
    bootstrap_servers: '127.0.0.1:9,127.0.0.1:10',
    authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'o\'brien \\ "x"', password: 'p;a\'ss\\"w\nord ünï' },
    tls: { ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', reject_unauthorized: false },
  },
  mutualTls: {
    bootstrap_servers: '127.0.0.1:9',
    tls: {
      ca: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      cert: '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n',
      key: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
    },
  },
  awsMskIam: { bootstrap_servers: '127.0.0.1:9098', authentication: { type: 'aws_msk_iam', region: 'us-east-1' } },
  connectionProperties: {
    bootstrap_servers: '127.0.0.1:9',
    connection_properties: { 'client.id': 'orders-app', 'request.timeout.ms': '20000' },
  },
};
