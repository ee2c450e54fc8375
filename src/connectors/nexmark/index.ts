import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';

const common = commonTableOptions();

/**
 * The Nexmark connector (Arroyo's `NexmarkConnector::from_options`): a demo source
 * simulating an auction site at `event_rate` events a second, for `runtime` seconds if
 * given. No profile.
 *
 * @example
 * ```ts
 * import { nexmarkConnector } from 'ddl-profiles';
 * nexmarkConnector.fields.match('runtime')?.field.kind; // 'number'
 * ```
 */
export const nexmarkConnector: Connector = defineConnector({
  name: 'nexmark',
  description: 'A demo source simulating the bids, auctions and people of an auction site',
  roles: ['source'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['event_rate', 'runtime'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    event_rate: z.number().nonnegative(),
    runtime: z.number().nonnegative().optional(),
    ...common.shape,
  }),
  tableRules: common.rules,
});
