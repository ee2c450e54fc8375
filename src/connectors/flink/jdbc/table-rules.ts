import type { z } from 'zod';
import type { ConfigRule } from '../../connector-definition.js';
import { isFlinkValue } from '../flink-values.js';
import { usedAs } from '../table-type.js';

/**
 * The options of a parallel JDBC scan, which Flink takes all together or not at all.
 *
 * @example
 * ```ts
 * FLINK_JDBC_SCAN_PARTITION_KEYS[0]; // 'scan.partition.column'
 * ```
 */
export const FLINK_JDBC_SCAN_PARTITION_KEYS = [
  'scan.partition.column',
  'scan.partition.num',
  'scan.partition.lower-bound',
  'scan.partition.upper-bound',
] as const;

const LEGACY_CACHE_KEYS = ['lookup.cache.max-rows', 'lookup.cache.ttl'] as const;
const PARTIAL_CACHE_BOUNDS = [
  'lookup.partial-cache.expire-after-access',
  'lookup.partial-cache.expire-after-write',
  'lookup.partial-cache.max-rows',
] as const;

function issue(context: z.RefinementCtx, key: string, message: string, code: 'MISSING_OPTION' | 'INVALID_VALUE'): void {
  context.addIssue({ code: 'custom', path: [key], message, params: { code } });
}

/** Flink's "Either all or none of the following options should be provided", at each one left out. */
function allOrNone(config: Record<string, unknown>, keys: readonly string[], context: z.RefinementCtx): boolean {
  const missing = keys.filter((key) => config[key] === undefined);
  if (missing.length === 0) return true;
  if (missing.length === keys.length) return false;
  for (const key of missing)
    issue(
      context,
      key,
      `Either all or none of the following options should be provided: ${keys.join(' ')} (${key} is missing)`,
      'MISSING_OPTION',
    );
  return false;
}

/** A Java `int` (32 bits) or `long` (64) option's value, undefined when it is not one (the schema refuses it). */
function whole(value: unknown, bits: 32n | 64n): bigint | undefined {
  if (typeof value !== 'string' || !/^[+-]?\d+$/.test(value)) return undefined;
  const number = BigInt(value);
  return number >= -(2n ** (bits - 1n)) && number < 2n ** (bits - 1n) ? number : undefined;
}

/** What a source's scan partitions can be: at least one, no more than the values between the bounds, a span Java's long counts. */
function scanPartitionIssue(lower: bigint, upper: bigint, count: bigint): [string, string] | undefined {
  const span = upper - lower + 1n;
  if (count < 1n)
    return [
      'scan.partition.num',
      `scan.partition.num is ${count}: a parallel scan reads at least 1 partition (Flink: "Batch number must be positive")`,
    ];
  if (span >= 2n ** 63n)
    return [
      'scan.partition.upper-bound',
      `the scan partition bounds span ${span} values, more than a Java long counts (Flink: "Batch size and batch number must be positive")`,
    ];
  if (count > span)
    return [
      'scan.partition.num',
      `scan.partition.num is ${count}, more than the ${span} value(s) from the lower to the upper bound: some partitions would be empty, which Flink refuses`,
    ];
  return undefined;
}

/**
 * The checks `JdbcDynamicTableFactory` makes across options, at plan time:
 *
 * - on either side, the four `scan.partition.*` options come together, the lower bound not
 *   above the upper, and the legacy `lookup.cache.max-rows` and `lookup.cache.ttl` come together;
 * - for a table used as a sink (its `type` is not `source`): a `sink.parallelism` of at least 1;
 * - for a table used as a source (its `type` is not `sink`): at least one scan partition
 *   and no more than the values between the bounds (Flink: "Both JdbcParameterValuesProvider
 *   should have the same length"), bounds whose span a Java long counts, a `PARTIAL` lookup
 *   cache with a bound (a `lookup.partial-cache.*` size or expiry), and a `scan.fetch-size`
 *   that is not negative (or `Integer.MIN_VALUE`).
 *
 * @example
 * ```ts
 * flinkJdbcConnector.tableValidator.safeParse({ 'table-name': 't', 'scan.partition.column': 'id' }).success; // false
 * ```
 */
export const flinkJdbcTableRule: ConfigRule = (config, context) => {
  if (allOrNone(config, FLINK_JDBC_SCAN_PARTITION_KEYS, context)) {
    const lower = whole(config['scan.partition.lower-bound'], 64n);
    const upper = whole(config['scan.partition.upper-bound'], 64n);
    const count = whole(config['scan.partition.num'], 32n);
    if (lower !== undefined && upper !== undefined && lower > upper) {
      const message = `'scan.partition.lower-bound'='${lower}' must not be larger than 'scan.partition.upper-bound'='${upper}'.`;
      issue(context, 'scan.partition.lower-bound', message, 'INVALID_VALUE');
    } else if (lower !== undefined && upper !== undefined && count !== undefined && usedAs(config, 'source')) {
      const found = scanPartitionIssue(lower, upper, count);
      if (found) issue(context, found[0], found[1], 'INVALID_VALUE');
    }
  }
  allOrNone(config, LEGACY_CACHE_KEYS, context);
  const parallelism = whole(config['sink.parallelism'], 32n);
  if (parallelism !== undefined && parallelism < 1n && usedAs(config, 'sink')) {
    const message = `sink.parallelism is ${parallelism}: a sink runs at least 1 (Flink: "Invalid configured parallelism ${parallelism}")`;
    issue(context, 'sink.parallelism', message, 'INVALID_VALUE');
  }
  if (!usedAs(config, 'source')) return;
  if (isFlinkValue(config['lookup.cache'], 'PARTIAL') && PARTIAL_CACHE_BOUNDS.every((key) => config[key] === undefined)) {
    const message = `Missing ${PARTIAL_CACHE_BOUNDS.map((k) => `'${k}'`).join(', ')} for a PARTIAL lookup cache: without one it would grow without end`;
    issue(context, 'lookup.cache', message, 'MISSING_OPTION');
  }
  const fetchSize = whole(config['scan.fetch-size'], 32n);
  if (fetchSize !== undefined && fetchSize < 0n && fetchSize !== -(2n ** 31n)) {
    const message = `Illegal value ${fetchSize} for fetchSize, has to be positive or Integer.MIN_VALUE.`;
    issue(context, 'scan.fetch-size', message, 'INVALID_VALUE');
  }
};
