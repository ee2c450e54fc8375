import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';
import { field } from '../field-info.js';
import { typeScopedOptions } from '../type-scoped-options.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The Fluvio connector (Arroyo's `FluvioConnector::from_options`): a Fluvio topic on the
 * cluster at `endpoint` (the local profile when left out), read from `source.offset` or
 * written. No profile.
 *
 * @example
 * ```ts
 * import { fluvioConnector } from 'ddl-profiles';
 * fluvioConnector.fields.match('source.offset')?.field.values; // ['earliest', 'latest']
 * ```
 */
export const fluvioConnector: Connector = defineConnector({
  name: 'fluvio',
  description: 'Fluvio topics, read or written',
  roles: ['source', 'sink'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['type', 'topic', 'endpoint', 'source.offset'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    type: z.enum(['source', 'sink']),
    topic: z.string().min(1),
    endpoint: field(z.string().min(1), { endpoint: true }).optional(),
    source: z.strictObject({ offset: z.enum(['earliest', 'latest']).optional() }).optional(),
    ...common.shape,
  }),
  tableRules: [...common.rules, typeScopedOptions({ source: ['source'] })],
});
