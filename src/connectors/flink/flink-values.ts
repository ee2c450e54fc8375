import { z } from 'zod';

/**
 * Flink's value forms. Flink reads every option as a string and converts it when a
 * connector asks (`ConfigurationUtils`); a table's config keeps the string written, and
 * these schemas refuse, at its position, what Flink's conversion would refuse at plan time.
 * Each form was checked against Flink 2.2.1's planner (see `test/flink`).
 */

/** `TimeUtils.parseDuration`: a whole number, optionally a unit (case-insensitive), or ISO-8601. */
const DURATION_UNITS =
  'd|days?|h|hours?|min|m|minutes?|s|secs?|seconds?|ms|millis?|milliseconds?|µs|micros?|microseconds?|ns|nanos?|nanoseconds?';
const DURATION = new RegExp(`^\\s*\\d+\\s*(?:${DURATION_UNITS})?\\s*$`, 'i');
const ISO_DURATION = /^P(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,9})?S)?)?$/i;

/**
 * A Flink `Duration` option: `'10 s'`, `'5min'`, `'1 h'`, `'500'` (milliseconds), `'PT10S'`.
 * Fractions (`'1.5s'`), signs and plurals Flink does not know (`'2 mins'`) are refused.
 *
 * @example
 * ```ts
 * const table = z.strictObject({ 'scan.topic-partition-discovery.interval': flinkDuration().optional() });
 * table.parse({ 'scan.topic-partition-discovery.interval': '30 s' });
 * ```
 */
export function flinkDuration(): z.ZodString {
  return z.string().refine((text) => DURATION.test(text) || ISO_DURATION.test(text), {
    message: "expected a Flink duration, a whole number with a unit: '10 s', '5 min', '1 h', '500 ms' (or ISO-8601 'PT10S')",
  });
}

/**
 * A Flink `MemorySize` option: a whole number of bytes with an optional unit
 * (`b`, `k`/`kb`, `m`/`mb`, `g`/`gb`, `t`/`tb`, case-insensitive): `'128mb'`, `'1 gb'`.
 *
 * @example
 * ```ts
 * z.strictObject({ 'sink.rolling-policy.file-size': flinkMemorySize().optional() }).parse({ 'sink.rolling-policy.file-size': '128MB' });
 * ```
 */
export function flinkMemorySize(): z.ZodString {
  return z.string().regex(/^\s*\d+\s*(?:b|bytes?|k|kb|kibibytes?|m|mb|mebibytes?|g|gb|gibibytes?|t|tb|tebibytes?)?\s*$/i, {
    message: "expected a Flink memory size, a whole number with an optional unit: '128mb', '1 gb', '4096'",
  });
}

/**
 * A Flink `Integer` or `Long` option (`Integer.parseInt`: an optional sign and digits, no
 * spaces), within `min`…`max` when given.
 *
 * @example
 * ```ts
 * z.strictObject({ 'sink.parallelism': flinkInteger({ min: 1 }).optional() }).parse({ 'sink.parallelism': '4' });
 * ```
 */
export function flinkInteger(bounds: { min?: number; max?: number } = {}): z.ZodString {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
  const range =
    bounds.min === undefined
      ? 'a whole number'
      : bounds.max === undefined
        ? `a whole number ≥ ${min}`
        : `a whole number from ${min} to ${max}`;
  return z.string().refine(
    (text) => {
      if (!/^[+-]?\d+$/.test(text)) return false;
      const value = Number(text);
      return value >= min && value <= max;
    },
    { message: `expected ${range}` },
  );
}

/**
 * A Flink `Boolean` option: `true` or `false`, in any case.
 *
 * @example
 * ```ts
 * z.strictObject({ 'json.ignore-parse-errors': flinkBoolean().optional() }).parse({ 'json.ignore-parse-errors': 'TRUE' });
 * ```
 */
export function flinkBoolean(): z.ZodString {
  return z.string().regex(/^(?:true|false)$/i, { message: "expected 'true' or 'false'" });
}

/**
 * A Flink enum option: one of `values`, in any case (Flink compares enum names upper-cased).
 * The values are listed in the schema's description and in the error.
 *
 * @example
 * ```ts
 * const mode = flinkEnum(['earliest-offset', 'latest-offset']);
 * mode.parse('LATEST-OFFSET'); // 'LATEST-OFFSET'
 * ```
 */
export function flinkEnum(values: readonly string[]): z.ZodString {
  const known = new Set(values.map((v) => v.toUpperCase()));
  return z.string().refine((text) => known.has(text.toUpperCase()), {
    message: `expected one of ${values.map((v) => `'${v}'`).join(', ')}`,
  });
}

/**
 * Whether a Flink enum option holds `value`, compared as Flink compares (ignoring case).
 *
 * @example
 * ```ts
 * isFlinkValue('EXACTLY-ONCE', 'exactly-once'); // true
 * ```
 */
export function isFlinkValue(text: unknown, value: string): boolean {
  return typeof text === 'string' && text.length === value.length && (text === value || text.toUpperCase() === value.toUpperCase());
}

/**
 * A Flink `List<String>` option's items (`key.fields`): separated by `;`, trimmed, empty
 * items dropped. A comma is part of an item, as in Flink.
 *
 * @example
 * ```ts
 * flinkList('id; region'); // ['id', 'region']
 * ```
 */
export function flinkList(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  if (!text.includes(';')) {
    const item = text.trim();
    return item === '' ? [] : [item];
  }
  return text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
