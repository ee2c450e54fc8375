import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { field, secret } from '../field-info.js';
import { hostPortList } from '../host-port-list.js';
import { hasNoPassword, PASSWORD_IN_URL } from '../url-without-password.js';

/**
 * The Confluent Cloud profile (Arroyo's `confluent/profile.json` and
 * `ConfluentConnector::connection_from_options`): the cluster's bootstrap servers, its API
 * key and secret (Arroyo connects with SASL PLAIN over TLS), and optionally Confluent
 * Schema Registry. The key and secrets are sensitive.
 *
 * @example
 * ```ts
 * confluentProfileSchema.parse({ bootstrap_servers: 'pkc-1.us-east-1.aws.confluent.cloud:9092', key: 'K', secret: 'S' });
 * ```
 */
export const confluentProfileSchema = z.strictObject({
  bootstrap_servers: field(hostPortList(), { endpoint: true, description: 'Comma-separated host:port list of the cluster' }),
  key: secret(z.string().min(1), { description: 'The Kafka cluster API key' }),
  secret: secret(z.string().min(1), { description: 'The Kafka cluster API secret' }),
  schema_registry: z
    .strictObject({
      endpoint: field(z.url({ protocol: /^https?$/ }).refine(hasNoPassword, { message: PASSWORD_IN_URL }), { endpoint: true }),
      api_key: secret(z.string().min(1)).optional(),
      api_secret: secret(z.string().min(1)).optional(),
    })
    .optional(),
});

/**
 * The parsed Confluent profile config.
 *
 * @example
 * ```ts
 * const config = confluentConnector.profileValidator.parse({ bootstrap_servers: 'b:9092', key: 'K', secret: 'S' }) as ConfluentProfileConfig;
 * ```
 */
export type ConfluentProfileConfig = z.output<typeof confluentProfileSchema>;

/** Arroyo reads a schema registry's key and secret together with its endpoint: both are required. */
export const confluentRegistryRule: ConfigRule = (config, context) => {
  const registry = (config as ConfluentProfileConfig).schema_registry;
  if (typeof registry !== 'object' || registry === null) return;
  for (const key of ['api_key', 'api_secret'] as const) {
    if (registry[key] !== undefined) continue;
    context.addIssue({
      code: 'custom',
      path: ['schema_registry', key],
      message: `schema_registry.${key} is required when schema_registry.endpoint is set`,
      params: { code: 'MISSING_OPTION' },
    });
  }
};
