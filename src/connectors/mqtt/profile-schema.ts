import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { field, secret } from '../field-info.js';
import { hasNoPassword, PASSWORD_IN_URL } from '../url-without-password.js';

const TLS_SCHEMES = ['mqtts', 'ssl'];

function schemeOf(url: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

/**
 * The MQTT profile (Arroyo's `mqtt/profile.json` and `MqttConnector::connection_from_options`):
 * the broker's URL (`tcp://`, `mqtt://`, or `ssl://` and `mqtts://` for TLS), optional
 * credentials, client certificates for TLS, a client id prefix and a maximum packet size.
 * The fields Arroyo fills from the environment (username, password, TLS files) are
 * sensitive.
 *
 * @example
 * ```ts
 * mqttProfileSchema.parse({ url: 'mqtts://broker:8883', username: 'u', password: 'p' });
 * ```
 */
export const mqttProfileSchema = z.strictObject({
  url: field(
    z
      .string()
      .regex(/^(?:tcp|mqtt|ssl|mqtts):\/\/[^\s/]+\/?$/i, {
        message: "expected a URL with a scheme tcp://, mqtt://, ssl:// or mqtts://, for example 'mqtt://broker:1883'",
      })
      .refine(hasNoPassword, { message: PASSWORD_IN_URL }),
    { endpoint: true, description: 'The broker to connect to' },
  ),
  username: secret(z.string().min(1)).optional(),
  password: secret(z.string()).optional(),
  tls: z
    .strictObject({
      ca: secret(z.string().min(1), { description: 'The path to the CA file' }).optional(),
      cert: secret(z.string().min(1), { description: 'The path to the client certificate file' }).optional(),
      key: secret(z.string().min(1), { description: 'The path to the client key file' }).optional(),
    })
    .optional(),
  client_prefix: z.string().min(1).optional(),
  max_packet_size: z.number().int().nonnegative().max(4294967295, { message: 'max_packet_size must be <= 4294967295' }).optional(),
});

/**
 * The parsed MQTT profile config.
 *
 * @example
 * ```ts
 * const config = mqttConnector.profileValidator.parse({ url: 'mqtt://broker:1883' }) as MqttProfileConfig;
 * ```
 */
export type MqttProfileConfig = z.output<typeof mqttProfileSchema>;

/** `tls.*` only with an `ssl://` or `mqtts://` URL: Arroyo silently ignores it otherwise. */
export const mqttTlsRule: ConfigRule = (config, context) => {
  const profile = config as MqttProfileConfig;
  if (typeof profile.url !== 'string' || typeof profile.tls !== 'object' || profile.tls === null) return;
  if (TLS_SCHEMES.includes(schemeOf(profile.url))) return;
  for (const key of Object.keys(profile.tls)) {
    context.addIssue({
      code: 'custom',
      path: ['tls', key],
      message: `tls.${key} applies only to an ssl:// or mqtts:// url; with a ${schemeOf(profile.url)}:// url the connection is not TLS and the engine ignores it`,
      params: { code: 'INVALID_VALUE' },
    });
  }
};
