import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';

const common = commonTableOptions();

/**
 * The impulse connector (Arroyo's `ImpulseConnector::from_options`): a demo source
 * emitting `event_rate` events a second, optionally `message_count` of them, with event
 * times `event_time_interval` microseconds apart. No profile.
 *
 * @example
 * ```ts
 * import { impulseConnector } from 'ddl-profiles';
 * impulseConnector.fields.match('event_rate')?.field.kind; // 'number'
 * ```
 */
export const impulseConnector: Connector = defineConnector({
  name: 'impulse',
  description: 'A demo source emitting a counter at a fixed rate',
  roles: ['source'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['event_rate', 'event_time_interval', 'message_count'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    event_rate: z.number().nonnegative(),
    event_time_interval: z.number().int().optional(),
    message_count: z.number().int().optional(),
    ...common.shape,
  }),
  tableRules: common.rules,
});
