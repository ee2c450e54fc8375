import { z } from 'zod';
import { authenticationRule, type AuthenticationKeys } from '../authentication-rule.js';
import type { ConfigRule } from '../connector-definition.js';
import { field, secret } from '../field-info.js';
import { hasNoPassword, PASSWORD_IN_URL } from '../url-without-password.js';

const server = /^(?:(?:nats|tls|ws|wss):\/\/)?[^\s,/]+(?::\d{1,5})?\/?$/;

/**
 * The ways a NATS profile authenticates (Arroyo's `auth.type`).
 *
 * @example
 * ```ts
 * NATS_AUTH_TYPES; // ['none', 'credentials', 'jwt']
 * ```
 */
export const NATS_AUTH_TYPES = ['none', 'credentials', 'jwt'] as const;

/**
 * The NATS profile (Arroyo's `nats/profile.json` and `NatsConnector::connection_from_options`):
 * the servers, and credentials or a JWT with its NKey seed. `authentication.type` may be
 * left out: it is implied by the fields given. Arroyo's SQL keys (`auth.type`,
 * `auth.username`, `auth.password`, `auth.jwt`, `auth.nkey_seed`) are accepted as aliases.
 *
 * @example
 * ```ts
 * natsProfileSchema.parse({ servers: 'nats-1:4222,nats-2:4222', authentication: { username: 'u', password: 'p' } });
 * ```
 */
export const natsProfileSchema = z.strictObject({
  servers: field(
    z
      .string()
      .refine((v) => v.split(',').every((part) => server.test(part.trim())), {
        message: "expected a comma-separated list of NATS servers, for example 'nats-1:4222,nats-2:4222'",
      })
      .refine((v) => v.split(',').every((part) => hasNoPassword(part.trim())), { message: PASSWORD_IN_URL }),
    { endpoint: true, templatable: true, description: 'Comma-separated list of NATS servers' },
  ),
  authentication: z
    .strictObject({
      type: field(z.enum(NATS_AUTH_TYPES), { aliases: ['auth.type'], engineKey: 'auth.type' }).optional(),
      username: secret(z.string().min(1), { aliases: ['auth.username'], engineKey: 'auth.username' }).optional(),
      password: secret(z.string(), { aliases: ['auth.password'], engineKey: 'auth.password' }).optional(),
      jwt: secret(z.string().min(1), { aliases: ['auth.jwt'], engineKey: 'auth.jwt' }).optional(),
      nkey_seed: secret(z.string().min(1), { aliases: ['auth.nkey_seed'], engineKey: 'auth.nkey_seed' }).optional(),
    })
    .optional(),
});

/**
 * The parsed NATS profile config.
 *
 * @example
 * ```ts
 * const config = natsConnector.profileValidator.parse({ servers: 'nats:4222' }) as NatsProfileConfig;
 * ```
 */
export type NatsProfileConfig = z.output<typeof natsProfileSchema>;

type Authentication = NonNullable<NatsProfileConfig['authentication']>;
type AuthType = (typeof NATS_AUTH_TYPES)[number];

function authenticationType(auth: Authentication): AuthType {
  if (auth.type) return auth.type;
  if (auth.jwt !== undefined || auth.nkey_seed !== undefined) return 'jwt';
  return auth.username !== undefined || auth.password !== undefined ? 'credentials' : 'none';
}

const credentials = ['username', 'password'];
const jwt = ['jwt', 'nkey_seed'];

/** Credentials need a user and a password, a JWT needs its NKey seed; each refuses the others' keys. */
export const natsAuthenticationRule: ConfigRule = authenticationRule(authenticationType, {
  none: { keys: [] },
  credentials: { keys: credentials, required: credentials },
  jwt: { keys: jwt, required: jwt },
} satisfies Record<AuthType, AuthenticationKeys>);

/**
 * Says in a valid NATS profile config which authentication it uses (`type`), which
 * Arroyo's planner reads as `auth.type`: without it, it connects with none.
 *
 * @example
 * ```ts
 * const config = { servers: 'nats:4222', authentication: { username: 'u', password: 'p' } };
 * deriveNatsAuthentication('profile', config);
 * config.authentication.type; // 'credentials'
 * ```
 */
export function deriveNatsAuthentication(level: 'profile' | 'table', config: Record<string, unknown>): void {
  const auth = (config as NatsProfileConfig).authentication;
  if (level === 'profile' && auth) auth.type = authenticationType(auth);
}
