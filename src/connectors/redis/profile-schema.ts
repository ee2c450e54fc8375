import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { field, secret } from '../field-info.js';
import { hasNoPassword, PASSWORD_IN_URL } from '../url-without-password.js';

const redisUrl = z
  .string()
  .regex(/^rediss?:\/\/[^\s/]+(?:\/\d+)?$/, { message: "expected a redis:// or rediss:// URL, for example 'redis://cache-1:6379'" })
  .refine(hasNoPassword, { message: PASSWORD_IN_URL });

/**
 * The Redis profile: one server (`address`) or a cluster (`cluster.addresses`), never
 * both, plus optional ACL credentials. In SQL, `cluster.addresses` is comma-separated.
 *
 * @example
 * ```ts
 * redisProfileSchema.parse({ address: 'redis://cache-1:6379', password: 's3cret' });
 * ```
 */
export const redisProfileSchema = z.strictObject({
  address: field(redisUrl, {
    endpoint: true,
    arroyoPath: 'connection.address',
    description: 'URL of one Redis server, for example redis://cache-1:6379 (rediss:// for TLS); or set cluster.addresses',
  }).optional(),
  cluster: field(
    z.strictObject({
      addresses: field(z.array(redisUrl).min(1), {
        endpoint: true,
        arroyoPath: 'connection.addresses',
        description: 'URLs of the cluster\u2019s nodes, one per line; in SQL, comma-separated',
      }),
    }),
    { description: 'A Redis cluster instead of one server' },
  ).optional(),
  username: field(z.string().min(1), { templatable: true, description: 'The ACL user name (Redis 6 or later)' }).optional(),
  password: secret(z.string(), { description: 'The password (AUTH); write {{ NAME }} to take it from the environment' }).optional(),
  database: field(z.number().int().nonnegative(), { engineKey: null, description: 'The database number, 0 by default' }).optional(),
});

/**
 * The parsed Redis profile config.
 *
 * @example
 * ```ts
 * const config = redisConnector.profileValidator.parse({ address: 'redis://cache:6379' }) as RedisProfileConfig;
 * ```
 */
export type RedisProfileConfig = z.output<typeof redisProfileSchema>;

/** Exactly one of `address` and `cluster.addresses`. */
export const redisEndpointRule: ConfigRule = (config, context) => {
  const profile = config as RedisProfileConfig;
  if (profile.address === undefined && profile.cluster === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['address'],
      message: 'set either address or cluster.addresses',
      params: { code: 'MISSING_OPTION' },
    });
  } else if (profile.address !== undefined && profile.cluster !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['cluster', 'addresses'],
      message: 'set address or cluster.addresses, not both',
      params: { code: 'INVALID_VALUE' },
    });
  }
};
