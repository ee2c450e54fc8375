import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';
import { field } from '../field-info.js';
import { headersOption, httpEndpoint } from '../headers-option.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The webhook connector (Arroyo's `WebhookConnector::from_options`): a sink POSTing each
 * record to `endpoint`, with `headers` (sensitive). No profile.
 *
 * @example
 * ```ts
 * import { webhookConnector } from 'ddl-profiles';
 * webhookConnector.roles; // ['sink']
 * ```
 */
export const webhookConnector: Connector = defineConnector({
  name: 'webhook',
  description: 'Records POSTed to an HTTP endpoint',
  roles: ['sink'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['endpoint', 'headers'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    endpoint: field(httpEndpoint(['http', 'https']), { endpoint: true }),
    headers: headersOption().optional(),
    ...common.shape,
  }),
  tableRules: common.rules,
});
