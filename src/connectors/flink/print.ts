import { z } from 'zod';
import { defineConnector, type Connector } from '../connector-definition.js';
import { field } from '../field-info.js';
import { flinkBoolean, flinkInteger } from './flink-values.js';
import { flinkOneSideRule, flinkTableType } from './table-type.js';

/**
 * Flink's `print` sink (`PrintTableSinkFactory`, Flink 2.2.1): each row is printed to the
 * task manager's standard output, or standard error. A sink only, with no profile.
 *
 * @example
 * ```ts
 * flinkPrintConnector.tableValidator.parse({ 'print-identifier': 'orders', 'standard-error': 'true' });
 * ```
 */
export const flinkPrintConnector: Connector = defineConnector({
  name: 'print',
  description: 'Flink print sink: rows printed to the task managers’ standard output or error',
  dialect: 'flink',
  roles: ['sink'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z
    .strictObject({
      'print-identifier': field(z.string(), { description: 'A message printed before each row, to tell tables apart' }),
      'standard-error': field(flinkBoolean(), { description: 'Print to standard error instead of standard output (default false)' }),
      'sink.parallelism': field(flinkInteger({ min: 1 }), {
        description: 'Parallelism of the sink (at least 1); the planner derives it when unset',
      }),
      type: flinkTableType(),
    })
    .partial(),
  tableRules: [flinkOneSideRule('print', 'sink')],
});
