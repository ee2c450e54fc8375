import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { field, secret } from '../field-info.js';
import { hostPortList } from '../host-port-list.js';
import { hasNoPassword, PASSWORD_IN_URL } from '../url-without-password.js';

/**
 * SASL mechanisms the Kafka connector speaks.
 *
 * @example
 * ```ts
 * KAFKA_SASL_MECHANISMS; // ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512']
 * ```
 */
export const KAFKA_SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;

/**
 * The Kafka profile: where the brokers are and how to authenticate to them.
 * `authentication.type` may be left out: SASL is implied by `sasl_mechanism`, so the
 * seed body `{ sasl_mechanism, username, password }` is valid as written.
 *
 * @example
 * ```ts
 * kafkaProfileSchema.parse({ bootstrap_servers: 'kafka-broker:9092' });
 * ```
 */
export const kafkaProfileSchema = z.strictObject({
  bootstrap_servers: field(hostPortList(), { endpoint: true, arroyoPath: 'bootstrapServers', description: 'Comma-separated host:port list of brokers' }),
  authentication: z
    .strictObject({
      type: field(z.enum(['none', 'sasl', 'aws_msk_iam']), { aliases: ['auth.type'], engineKey: 'auth.type' }).optional(),
      sasl_mechanism: field(z.enum(KAFKA_SASL_MECHANISMS), { aliases: ['auth.mechanism'], engineKey: 'auth.mechanism', arroyoPath: 'authentication.mechanism' }).optional(),
      username: field(z.string().min(1), { aliases: ['auth.username'], engineKey: 'auth.username' }).optional(),
      password: secret(z.string(), { aliases: ['auth.password'], engineKey: 'auth.password' }).optional(),
      protocol: field(z.enum(['SASL_PLAINTEXT', 'SASL_SSL']), { aliases: ['auth.protocol'], engineKey: 'auth.protocol' }).optional(),
      region: field(z.string().min(1), { aliases: ['auth.region'], engineKey: 'auth.region' }).optional(),
    })
    .optional(),
  tls: z
    .strictObject({
      // `tls: {}` reads as { enabled: true }: TLS on, trusting the system's CAs.
      enabled: field(z.boolean(), { engineKey: null, description: 'Connect over TLS (on when any tls option is set; false turns it off)' }).optional(),
      ca: field(z.string(), { engineKey: null }).optional(),
      cert: field(z.string(), { engineKey: null }).optional(),
      key: secret(z.string(), { engineKey: null }).optional(),
      reject_unauthorized: field(z.boolean(), { engineKey: null }).optional(),
    })
    .optional(),
  schema_registry: z
    .strictObject({
      endpoint: field(z.url({ protocol: /^https?$/ }).refine(hasNoPassword, { message: PASSWORD_IN_URL }), {
        endpoint: true,
        arroyoPath: 'schemaRegistryEnum.endpoint',
      }),
      api_key: field(z.string(), { arroyoPath: 'schemaRegistryEnum.apiKey' }).optional(),
      api_secret: secret(z.string(), { arroyoPath: 'schemaRegistryEnum.apiSecret' }).optional(),
    })
    .optional(),
  connection_properties: field(z.record(z.string(), z.string()), { engineKey: null, arroyoPath: 'connectionProperties' }).optional(),
});

/**
 * The parsed Kafka profile config.
 *
 * @example
 * ```ts
 * const config: KafkaProfileConfig = kafkaProfileSchema.parse({ bootstrap_servers: 'kafka-1:9092' });
 * ```
 */
export type KafkaProfileConfig = z.output<typeof kafkaProfileSchema>;

type Authentication = NonNullable<KafkaProfileConfig['authentication']>;

/**
 * The authentication a Kafka profile asks for: its `type`, or, where it leaves `type`
 * out, what its keys imply (`region` is AWS MSK IAM; a mechanism, user or password is SASL).
 *
 * @example
 * ```ts
 * kafkaAuthenticationType({ region: 'us-east-1' }); // 'aws_msk_iam'
 * ```
 */
export function kafkaAuthenticationType(auth: Authentication | undefined): 'none' | 'sasl' | 'aws_msk_iam' {
  if (!auth) return 'none';
  if (auth.type) return auth.type;
  if (auth.region !== undefined) return 'aws_msk_iam';
  return auth.sasl_mechanism !== undefined || auth.username !== undefined || auth.password !== undefined ? 'sasl' : 'none';
}

const requiredFor: Record<'none' | 'sasl' | 'aws_msk_iam', ReadonlyArray<keyof Authentication>> = {
  none: [],
  sasl: ['sasl_mechanism', 'username', 'password'],
  aws_msk_iam: ['region'],
};
const allowedFor: Record<'none' | 'sasl' | 'aws_msk_iam', ReadonlyArray<keyof Authentication>> = {
  none: ['type'],
  sasl: ['type', 'sasl_mechanism', 'username', 'password', 'protocol'],
  aws_msk_iam: ['type', 'region'],
};

/** SASL needs a mechanism, a user and a password; IAM needs a region; each refuses the others' keys. */
export const kafkaAuthenticationRule: ConfigRule = (config, context) => {
  const auth = (config as KafkaProfileConfig).authentication;
  if (typeof auth !== 'object' || auth === null) return;
  const type = kafkaAuthenticationType(auth);
  if (!(type in requiredFor)) return;
  for (const key of requiredFor[type]) {
    if (auth[key] === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['authentication', key],
        message: `authentication.${key} is required when authentication.type is '${type}'`,
        params: { code: 'MISSING_OPTION' },
      });
    }
  }
  for (const key of Object.keys(auth) as Array<keyof Authentication>) {
    if (!allowedFor[type].includes(key)) {
      context.addIssue({
        code: 'custom',
        path: ['authentication', key],
        message: `authentication.${key} does not apply when authentication.type is '${type}'`,
        params: { code: 'INVALID_VALUE' },
      });
    }
  }
};
