import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';

const common = commonTableOptions();

/**
 * The blackhole connector: a sink that swallows everything. It reads no options of its
 * own. No profile.
 *
 * @example
 * ```ts
 * import { blackholeConnector } from 'ddl-profiles';
 * blackholeConnector.roles; // ['sink']
 * ```
 */
export const blackholeConnector: Connector = defineConnector({
  name: 'blackhole',
  description: 'A sink that discards every record',
  roles: ['sink'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({ ...common.shape }),
  tableRules: common.rules,
});
