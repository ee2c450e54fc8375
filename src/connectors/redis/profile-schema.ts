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
  address: field(redisUrl, { endpoint: true, arroyoPath: 'connection.address' }).optional(),
  cluster: z
    .strictObject({
      addresses: field(z.array(redisUrl).min(1), { endpoint: true, arroyoPath: 'connection.addresses' }),
    })
    .optional(),
  username: z.string().min(1).optional(),
  password: secret(z.string()).optional(),
  database: field(z.number().int().nonnegative(), { engineKey: null }).optional(),
});

/**
 * The parsed Redis profile config.
 *
 * @example
 * ```ts
 * const config: RedisProfileConfig = redisProfileSchema.parse({ address: 'redis://cache:6379' });
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
