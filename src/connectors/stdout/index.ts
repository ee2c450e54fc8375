import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The stdout connector: a sink writing each record to the worker's standard output in
 * its `format`. No options of its own. No profile.
 *
 * @example
 * ```ts
 * import { stdoutConnector } from 'ddl-profiles';
 * stdoutConnector.fields.match('format') !== undefined; // true
 * ```
 */
export const stdoutConnector: Connector = defineConnector({
  name: 'stdout',
  description: "Records written to the worker's standard output",
  roles: ['sink'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({ ...common.shape }),
  tableRules: common.rules,
});
