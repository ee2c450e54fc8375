import { z } from 'zod';
import { defineConnector, type Connector } from '../connector-definition.js';
import { flinkOneSideRule, flinkTableType } from './table-type.js';

/**
 * Flink's `blackhole` sink (`BlackHoleTableSinkFactory`, Flink 2.2.1): it swallows every
 * row, for measuring a job without a real sink. A sink only; it takes no options and no profile.
 *
 * @example
 * ```ts
 * flinkBlackholeConnector.tableValidator.parse({});
 * ```
 */
export const flinkBlackholeConnector: Connector = defineConnector({
  name: 'blackhole',
  description: 'Flink blackhole sink: every row is dropped',
  dialect: 'flink',
  roles: ['sink'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({ type: flinkTableType().optional() }),
  tableRules: [flinkOneSideRule('blackhole', 'sink')],
});
