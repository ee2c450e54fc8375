import { z } from 'zod';
import { field } from '../../field-info.js';
import type { FlinkFormat, FormatPrefix } from './format-names.js';
import { FORMAT_OPTIONS } from './format-options.js';

/**
 * The table keys of a Flink format slot: `${prefix}format` (one of `formats`, optional:
 * the connector's rules say when it is required) and every option of each of those
 * formats under `${prefix}<format>.`, all optional. A connector spreads it into its table
 * schema; {@link flinkFormatRule} refuses the options of a format the table does not name.
 *
 * @example
 * ```ts
 * const table = z.strictObject({ path: z.string(), ...flinkFormatShape('', ['json', 'csv']) });
 * table.parse({ path: '/data', format: 'json', 'json.ignore-parse-errors': 'true' });
 * ```
 */
export function flinkFormatShape(prefix: FormatPrefix, formats: readonly FlinkFormat[]): z.ZodRawShape {
  const what = prefix === '' ? 'rows' : prefix === 'key.' ? 'record keys' : 'record values';
  const shape: Record<string, z.ZodType> = {
    [`${prefix}format`]: field(z.enum(formats as [FlinkFormat, ...FlinkFormat[]]), {
      description: `The format of the ${what}: ${formats.join(', ')}`,
    }).optional(),
  };
  for (const format of formats) {
    for (const [option, schema] of Object.entries(FORMAT_OPTIONS[format])) shape[`${prefix}${format}.${option}`] = schema.optional();
  }
  return shape;
}
