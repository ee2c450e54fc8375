import type { Admin, SASLOptions } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';
import { type Endpoint, parseEndpoint } from '../../testing/index.js';
import { kafkaAuthenticationType, type KafkaProfileConfig } from './profile-schema.js';

/**
 * The kafkajs SASL options of a profile, or none.
 *
 * @example
 * ```ts
 * kafkaSasl({ sasl_mechanism: 'PLAIN', username: 'u', password: 'p' }); // { mechanism: 'plain', username: 'u', password: 'p' }
 * ```
 */
export function kafkaSasl(auth: KafkaProfileConfig['authentication']): SASLOptions | undefined {
  if (!auth || kafkaAuthenticationType(auth) !== 'sasl') return undefined;
  const mechanism = auth.sasl_mechanism === 'PLAIN' ? 'plain' : auth.sasl_mechanism === 'SCRAM-SHA-256' ? 'scram-sha-256' : 'scram-sha-512';
  return { mechanism, username: auth.username ?? '', password: auth.password ?? '' } as SASLOptions;
}

/**
 * The TLS options of a profile, or none: on for SASL_SSL, or for any `tls` (`tls: {}`
 * included) that does not say `enabled: false`.
 *
 * @example
 * ```ts
 * kafkaTls({ bootstrap_servers: 'k:9093', tls: {} }); // { rejectUnauthorized: true }
 * ```
 */
export function kafkaTls(profile: KafkaProfileConfig) {
  const enabled = (profile.tls !== undefined && profile.tls.enabled !== false) || profile.authentication?.protocol === 'SASL_SSL';
  if (!enabled) return undefined;
  const tls = profile.tls ?? {};
  return {
    ...(tls.ca ? { ca: [tls.ca] } : {}),
    ...(tls.cert ? { cert: tls.cert } : {}),
    ...(tls.key ? { key: tls.key } : {}),
    rejectUnauthorized: tls.reject_unauthorized ?? true,
  };
}

/**
 * How to reach a Kafka cluster for a live test: its bootstrap endpoints, TLS options
 * (undefined: plain TCP), SASL (undefined: none) and the words naming the identity for
 * the `authenticate` step's message.
 *
 * @example
 * ```ts
 * const cluster: KafkaCluster = { endpoints: [{ host: 'b-1', port: 9092 }], ssl: {}, sasl: { mechanism: 'plain', username: 'k', password: 's' }, identity: "'k' with PLAIN" };
 * ```
 */
export interface KafkaCluster {
  endpoints: readonly Endpoint[];
  ssl?: ConnectionOptions;
  sasl?: SASLOptions;
  identity?: string;
}

/**
 * How a Kafka profile reaches its cluster: its bootstrap servers, its TLS and its SASL.
 *
 * @example
 * ```ts
 * kafkaClusterOf({ bootstrap_servers: 'k-1:9092,k-2:9092' }).endpoints; // [{ host: 'k-1', port: 9092 }, { host: 'k-2', port: 9092 }]
 * ```
 */
export function kafkaClusterOf(profile: KafkaProfileConfig): KafkaCluster {
  const sasl = kafkaSasl(profile.authentication);
  const ssl = kafkaTls(profile);
  return {
    endpoints: profile.bootstrap_servers.split(',').map((s) => parseEndpoint(s)),
    ...(ssl ? { ssl } : {}),
    ...(sasl ? { sasl, identity: `'${profile.authentication?.username}' with ${profile.authentication?.sasl_mechanism}` } : {}),
  };
}

/**
 * A kafkajs admin client for a cluster, made for bounded one-off calls: no retries, no
 * logs, and every timeout `timeoutMs` (what is left of a live test's deadline). The
 * caller connects it and must `disconnect()` it in every case.
 *
 * @example
 * ```ts
 * const admin = await boundedAdmin(cluster, context.remainingMs(), 'ddl-profiles-test');
 * context.defer(() => admin.disconnect());
 * ```
 */
export async function boundedAdmin(cluster: KafkaCluster, timeoutMs: number, clientId: string): Promise<Admin> {
  const { Kafka, logLevel } = await import('kafkajs');
  const { ssl, sasl } = cluster;
  const timeout = Math.max(100, timeoutMs);
  const kafka = new Kafka({
    clientId,
    brokers: cluster.endpoints.map((e) => `${e.host}:${e.port}`),
    ...(ssl ? { ssl } : {}),
    ...(sasl ? { sasl } : {}),
    connectionTimeout: timeout,
    authenticationTimeout: timeout,
    requestTimeout: timeout,
    enforceRequestTimeout: true,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  return kafka.admin({ retry: { retries: 0 } });
}
