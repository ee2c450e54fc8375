import type { Admin, SASLOptions } from 'kafkajs';
import { parseEndpoint } from '../../testing/index.js';
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
 * A kafkajs admin client for a profile, made for bounded one-off calls: no retries, no
 * logs, and every timeout `timeoutMs` (what is left of a live test's deadline). The
 * caller connects it and must `disconnect()` it in every case.
 *
 * @example
 * ```ts
 * const admin = await kafkaAdmin(profile, context.remainingMs());
 * context.defer(() => admin.disconnect());
 * await admin.connect();
 * ```
 */
export async function kafkaAdmin(profile: KafkaProfileConfig, timeoutMs: number): Promise<Admin> {
  const { Kafka, logLevel } = await import('kafkajs');
  const ssl = kafkaTls(profile);
  const sasl = kafkaSasl(profile.authentication);
  const timeout = Math.max(100, timeoutMs);
  const kafka = new Kafka({
    clientId: 'ddl-profiles',
    brokers: profile.bootstrap_servers.split(',').map((s) => {
      const e = parseEndpoint(s);
      return `${e.host}:${e.port}`;
    }),
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
