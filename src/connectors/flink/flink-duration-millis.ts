/** Milliseconds per unit of `TimeUtils.parseDuration`, by the unit's first letters. */
const UNIT_MS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:ns|nanos?|nanoseconds?)$/i, 1e-6],
  [/^(?:µs|micros?|microseconds?)$/i, 1e-3],
  [/^(?:ms|millis?|milliseconds?)?$/i, 1],
  [/^(?:s|secs?|seconds?)$/i, 1_000],
  [/^(?:m|min|minutes?)$/i, 60_000],
  [/^(?:h|hours?)$/i, 3_600_000],
  [/^(?:d|days?)$/i, 86_400_000],
];

const ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,9})?)S)?)?$/i;

/**
 * The length of a Flink duration (a value `flinkDuration()` accepts) in milliseconds, or
 * undefined for text that is not one: for bounds Flink checks (`connection.max-retry-timeout`
 * of at least 1 s, a `source.monitor-interval` above 0).
 *
 * @example
 * ```ts
 * flinkDurationMillis('10 s');  // 10000
 * flinkDurationMillis('PT1M');  // 60000
 * flinkDurationMillis('500');   // 500
 * ```
 */
export function flinkDurationMillis(text: string): number | undefined {
  const plain = /^\s*(\d+)\s*(\S*)\s*$/.exec(text);
  if (plain) {
    const unit = UNIT_MS.find(([pattern]) => pattern.test(plain[2]));
    return unit ? Number(plain[1]) * unit[1] : undefined;
  }
  const iso = ISO.exec(text);
  if (!iso || text.toUpperCase() === 'P' || /T$/i.test(text)) return undefined;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = iso;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(seconds) * 1_000;
}
