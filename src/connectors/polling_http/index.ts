import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';
import { field } from '../field-info.js';
import { headersOption, httpEndpoint } from '../headers-option.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The polling HTTP connector (Arroyo's `PollingHTTPConnector::from_options`): a source
 * requesting `endpoint` every `poll_interval_ms` (with `method`, `body` and `headers`,
 * sensitive) and emitting every response or only changed ones (`emit_behavior`). No
 * profile.
 *
 * @example
 * ```ts
 * import { pollingHttpConnector } from 'ddl-profiles';
 * pollingHttpConnector.fields.match('method')?.field.values; // ['GET', 'POST', 'PUT', 'PATCH']
 * ```
 */
export const pollingHttpConnector: Connector = defineConnector({
  name: 'polling_http',
  description: 'An HTTP endpoint polled at an interval, each response an event',
  roles: ['source'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['endpoint', 'headers', 'method', 'body', 'poll_interval_ms', 'emit_behavior'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    endpoint: field(httpEndpoint(['http', 'https']), { endpoint: true }),
    headers: headersOption().optional(),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH'], { message: "invalid value for 'method'" }).optional(),
    body: z.string().optional(),
    poll_interval_ms: z.number().int().positive().optional(),
    emit_behavior: z.enum(['all', 'changed'], { message: "invalid value for 'emit_behavior'" }).optional(),
    ...common.shape,
  }),
  tableRules: common.rules,
});
