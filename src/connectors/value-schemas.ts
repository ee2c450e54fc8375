import { z } from 'zod';
import { field } from './field-info.js';

/**
 * A length of time as Arroyo's `duration_from_sql` reads it from a string: one or more
 * `<number> <unit>` parts (`'5 seconds'`, `'1 hour 30 minutes'`, `'10s'`). Kept as the
 * text written, for the engine to read.
 *
 * @example
 * ```ts
 * const table = z.strictObject({ ttl: interval().optional() });
 * table.parse({ ttl: '5 seconds' });
 * ```
 */
export function interval(): z.ZodString {
  const schema = z.string().regex(/^\s*(?:\d+(?:\.\d+)?\s*[A-Za-z]+\s*)+$/, {
    message: "expected an interval, for example '5 seconds' or '1 hour 30 minutes'",
  });
  // Arroyo reads it as an interval: a rewritten statement writes INTERVAL '…'.
  return field(schema, { engineForm: 'duration' });
}

/**
 * A size in bytes as Arroyo's data-size options take it: a whole number with an optional
 * unit (`'128MB'`, `'54K'`, `'10'`; units b, k/kb, m/mb, g/gb, t/tb, p/pb, e/eb).
 *
 * @example
 * ```ts
 * const table = z.strictObject({ row_group_size: dataSize().optional() });
 * table.parse({ row_group_size: '128MB' });
 * ```
 */
export function dataSize(): z.ZodString {
  return z.string().regex(/^\d+(?:[bB]|[kKmMgGtTpPeE][bB]?)?$/, {
    message: "expected a size such as '128MB', '512K' or '1048576'",
  });
}

/**
 * The name of one of the table's columns (Arroyo's field options: `event_time_field`,
 * `sink.key_field`, …).
 *
 * @example
 * ```ts
 * const table = z.strictObject({ event_time_field: columnName().optional() });
 * ```
 */
export function columnName(): z.ZodString {
  // Arroyo reads it as a field (`pull_opt_field`): a rewritten statement writes an identifier.
  return field(z.string().min(1, { message: 'expected the name of a column' }), { engineForm: 'field' });
}
