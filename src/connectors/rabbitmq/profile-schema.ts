import { z } from 'zod';
import { field, secret } from '../field-info.js';

/**
 * The RabbitMQ Stream profile (Arroyo's `rabbitmq/profile.json` and the profile-less path
 * of `RabbitmqConnector::from_options`): host and port of the stream protocol (defaults
 * localhost and 5552), credentials (default guest), virtual host, TLS and load balancer
 * mode. Every field is optional, as in Arroyo.
 *
 * @example
 * ```ts
 * rabbitmqProfileSchema.parse({ host: 'rabbit-1', port: 5552, username: 'arroyo', password: 's3cret' });
 * ```
 */
export const rabbitmqProfileSchema = z.strictObject({
  host: field(z.string().min(1), { endpoint: true, description: 'The stream host (default localhost)' }).optional(),
  port: field(z.number().int().min(0).max(65535, { message: "invalid 'port' for rabbitmq; must be <= 65535" }), {
    endpoint: true,
    description: 'The stream port (default 5552)',
  }).optional(),
  username: field(z.string().min(1), { templatable: true }).optional(),
  password: secret(z.string()).optional(),
  virtual_host: z.string().min(1).optional(),
  tls_config: z
    .strictObject({
      enabled: z.boolean().optional(),
      trust_certificates: z.boolean().optional(),
      root_certificates_path: z.string().min(1).optional(),
      client_certificates_path: z.string().min(1).optional(),
      client_keys_path: secret(z.string().min(1)).optional(),
    })
    .optional(),
  load_balancer_mode: z.boolean().optional(),
});

/**
 * The parsed RabbitMQ profile config.
 *
 * @example
 * ```ts
 * const config = rabbitmqConnector.profileValidator.parse({ host: 'rabbit-1' }) as RabbitmqProfileConfig;
 * ```
 */
export type RabbitmqProfileConfig = z.output<typeof rabbitmqProfileSchema>;
