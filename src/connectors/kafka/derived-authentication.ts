import type { KafkaProfileConfig } from './profile-schema.js';

/**
 * Says in a valid Kafka profile config what its authentication implies: `type` (`sasl`
 * when a mechanism, user or password is set, `aws_msk_iam` for a region, `none` for an
 * empty object) and, for SASL, `protocol` (`SASL_SSL` when `tls` is set, else
 * `SASL_PLAINTEXT`). Arroyo's planner connects without authentication unless it reads
 * `auth.type = 'sasl'`, and refuses SASL without `auth.protocol`.
 *
 * @example
 * ```ts
 * const config = { bootstrap_servers: 'k:9092', authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: 'p' } };
 * deriveKafkaAuthentication('profile', config);
 * config.authentication; // { type: 'sasl', protocol: 'SASL_PLAINTEXT', sasl_mechanism: 'PLAIN', … }
 * ```
 */
export function deriveKafkaAuthentication(level: 'profile' | 'table', config: Record<string, unknown>): void {
  const profile = config as KafkaProfileConfig;
  const auth = profile.authentication;
  if (level !== 'profile' || !auth) return;
  auth.type ??=
    auth.region !== undefined
      ? 'aws_msk_iam'
      : auth.sasl_mechanism !== undefined || auth.username !== undefined || auth.password !== undefined
        ? 'sasl'
        : 'none';
  if (auth.type === 'sasl') auth.protocol ??= profile.tls ? 'SASL_SSL' : 'SASL_PLAINTEXT';
}
