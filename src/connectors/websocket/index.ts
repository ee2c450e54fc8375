import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector, type ConfigRule } from '../connector-definition.js';
import { field } from '../field-info.js';
import { headersOption, httpEndpoint } from '../headers-option.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * One subscription message, or numbered ones from `subscription_messages.0` up without a
 * gap (Arroyo reads them in order and stops at the first missing number).
 */
const subscriptionRule: ConfigRule = (config, context) => {
  const numbered = config.subscription_messages as Record<string, unknown> | undefined;
  if (!numbered) return;
  const keys = Object.keys(numbered);
  if (config.subscription_message !== undefined && '0' in numbered) {
    context.addIssue({
      code: 'custom',
      path: ['subscription_messages', '0'],
      message: "Cannot specify both 'subscription_message' and 'subscription_messages.0'",
      params: { code: 'INVALID_VALUE' },
    });
  }
  for (const key of keys) {
    const index = /^\d+$/.test(key) ? Number(key) : NaN;
    const reachable = Number.isInteger(index) && Array.from({ length: index }, (_, i) => String(i)).every((k) => k in numbered);
    if (reachable) continue;
    context.addIssue({
      code: 'custom',
      path: ['subscription_messages', key],
      message: `subscription_messages.${key}: numbered subscription messages run 0, 1, 2… without a gap`,
      params: { code: 'INVALID_VALUE' },
    });
  }
};

/**
 * The WebSocket connector (Arroyo's `WebsocketConnector::from_options`): a source reading
 * a `ws://` or `wss://` endpoint, sending `headers` (sensitive) and subscription messages
 * once connected (`subscription_message`, or `subscription_messages.0`, `.1`, …). No
 * profile.
 *
 * @example
 * ```ts
 * import { websocketConnector } from 'ddl-profiles';
 * websocketConnector.fields.match('subscription_messages.0')?.entry; // '0'
 * ```
 */
export const websocketConnector: Connector = defineConnector({
  name: 'websocket',
  description: 'Messages read from a WebSocket server',
  roles: ['source'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['endpoint', 'headers', 'subscription_message', 'subscription_messages.*'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    endpoint: field(httpEndpoint(['ws', 'wss']), { endpoint: true }),
    headers: headersOption().optional(),
    subscription_message: z.string().min(1).optional(),
    subscription_messages: z.record(z.string(), z.string().min(1)).optional(),
    ...common.shape,
  }),
  tableRules: [...common.rules, subscriptionRule],
});
