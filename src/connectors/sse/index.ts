import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';
import { field } from '../field-info.js';
import { headersOption, httpEndpoint } from '../headers-option.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The server-sent events connector (Arroyo's `SSEConnector::from_options`): a source
 * reading an EventSource `endpoint`, optionally only some `events` (comma-separated),
 * sending `headers` (sensitive). No profile.
 *
 * @example
 * ```ts
 * import { sseConnector } from 'ddl-profiles';
 * sseConnector.fields.match('headers')?.field.sensitive; // true
 * ```
 */
export const sseConnector: Connector = defineConnector({
  name: 'sse',
  description: 'Server-sent events (EventSource) read from an HTTP endpoint',
  roles: ['source'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['endpoint', 'events', 'headers'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    endpoint: field(httpEndpoint(['http', 'https']), { endpoint: true }),
    events: z.array(z.string().min(1)).optional(),
    headers: headersOption().optional(),
    ...common.shape,
  }),
  tableRules: common.rules,
});
