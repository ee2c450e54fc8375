import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { authenticationRule } from '../authentication-rule.js';
import { field, secret, type FieldVariants } from '../field-info.js';
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

/** How a client authenticates to the brokers: none, SASL or AWS MSK IAM, each with its own keys. */
const authenticationVariants = {
  by: 'type',
  of: {
    none: { title: 'None', keys: [] },
    sasl: {
      title: 'SASL',
      keys: ['sasl_mechanism', 'username', 'password', 'protocol'],
      required: ['sasl_mechanism', 'username', 'password'],
    },
    aws_msk_iam: { title: 'AWS MSK IAM', keys: ['region'], required: ['region'] },
  },
} as const satisfies FieldVariants;

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
  bootstrap_servers: field(hostPortList(), {
    endpoint: true,
    arroyoPath: 'bootstrapServers',
    description: 'Comma-separated host:port list of brokers, for example kafka-1:9092,kafka-2:9092',
  }),
  authentication: field(
    z.strictObject({
      type: field(z.enum(['none', 'sasl', 'aws_msk_iam']), {
        aliases: ['auth.type'],
        engineKey: 'auth.type',
        description: 'How the client authenticates to the brokers',
      }).optional(),
      sasl_mechanism: field(z.enum(KAFKA_SASL_MECHANISMS), {
        aliases: ['auth.mechanism'],
        engineKey: 'auth.mechanism',
        arroyoPath: 'authentication.mechanism',
        description: 'The SASL mechanism the SASL listener enables',
      }).optional(),
      username: field(z.string().min(1), {
        aliases: ['auth.username'],
        engineKey: 'auth.username',
        templatable: true,
        description: 'The SASL user name',
      }).optional(),
      password: secret(z.string(), {
        aliases: ['auth.password'],
        engineKey: 'auth.password',
        description: 'The SASL password; write {{ NAME }} to take it from the environment',
      }).optional(),
      protocol: field(z.enum(['SASL_PLAINTEXT', 'SASL_SSL']), {
        aliases: ['auth.protocol'],
        engineKey: 'auth.protocol',
        description: 'SASL over plain TCP, or over TLS',
      }).optional(),
      region: field(z.string().min(1), {
        aliases: ['auth.region'],
        engineKey: 'auth.region',
        description: 'The AWS region of the MSK cluster, for example us-east-1',
      }).optional(),
    }),
    { description: 'How to authenticate to the brokers', variants: authenticationVariants },
  ).optional(),
  tls: field(
    z.strictObject({
      // `tls: {}` reads as { enabled: true }: TLS on, trusting the system's CAs.
      enabled: field(z.boolean(), {
        engineKey: null,
        description: 'Connect over TLS (on when any tls option is set; false turns it off)',
      }).optional(),
      ca: field(z.string(), {
        engineKey: null,
        description: 'PEM certificate of the authority that signed the brokers\u2019 certificates',
      }).optional(),
      cert: field(z.string(), { engineKey: null, description: 'PEM client certificate, for mutual TLS' }).optional(),
      key: secret(z.string(), { engineKey: null, description: 'PEM private key of the client certificate' }).optional(),
      reject_unauthorized: field(z.boolean(), {
        engineKey: null,
        description: 'Refuse brokers whose certificate does not verify (on unless turned off)',
      }).optional(),
    }),
    { description: 'TLS to the brokers' },
  ).optional(),
  schema_registry: field(
    z.strictObject({
      endpoint: field(z.url({ protocol: /^https?$/ }).refine(hasNoPassword, { message: PASSWORD_IN_URL }), {
        endpoint: true,
        arroyoPath: 'schemaRegistryEnum.endpoint',
        description: 'URL of the Confluent schema registry, for example https://registry:8081',
      }),
      api_key: field(z.string(), {
        arroyoPath: 'schemaRegistryEnum.apiKey',
        templatable: true,
        description: 'The schema registry API key (basic-auth user)',
      }).optional(),
      api_secret: secret(z.string(), {
        arroyoPath: 'schemaRegistryEnum.apiSecret',
        description: 'The schema registry API secret (basic-auth password)',
      }).optional(),
    }),
    { description: 'A Confluent schema registry, for Avro and Protobuf tables' },
  ).optional(),
  connection_properties: field(z.record(z.string(), z.string()), {
    engineKey: null,
    arroyoPath: 'connectionProperties',
    description: 'Other librdkafka client properties, key and value, for example client.id',
  }).optional(),
});

/**
 * The parsed Kafka profile config.
 *
 * @example
 * ```ts
 * const config = kafkaConnector.profileValidator.parse({ bootstrap_servers: 'kafka-1:9092' }) as KafkaProfileConfig;
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

/** SASL needs a mechanism, a user and a password; IAM needs a region; each refuses the others' keys. */
export const kafkaAuthenticationRule: ConfigRule = authenticationRule(kafkaAuthenticationType, authenticationVariants.of);
