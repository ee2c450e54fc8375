import type { z } from 'zod';
import type { ConfigRule } from '../../connector-definition.js';
import { isFlinkValue } from '../flink-values.js';

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

function whole(value: unknown): bigint | undefined {
  return typeof value === 'string' && /^[+-]?\d+$/.test(value) ? BigInt(value) : undefined;
}

/**
 * The checks `JdbcDynamicTableFactory` makes across options, at plan time on either side:
 *
 * - the four `scan.partition.*` options come together; the lower bound is not above the
 *   upper, and there are no more partitions than values between them (Flink: "Both
 *   JdbcParameterValuesProvider should have the same length");
 * - the legacy `lookup.cache.max-rows` and `lookup.cache.ttl` come together;
 * - a `PARTIAL` lookup cache has a bound: a `lookup.partial-cache.*` size or expiry.
 *
 * @example
 * ```ts
 * flinkJdbcConnector.tableValidator.safeParse({ 'table-name': 't', 'scan.partition.column': 'id' }).success; // false
 * ```
 */
export const flinkJdbcTableRule: ConfigRule = (config, context) => {
  if (allOrNone(config, FLINK_JDBC_SCAN_PARTITION_KEYS, context)) {
    const lower = whole(config['scan.partition.lower-bound']);
    const upper = whole(config['scan.partition.upper-bound']);
    const count = whole(config['scan.partition.num']);
    if (lower !== undefined && upper !== undefined && lower > upper) {
      const message = `'scan.partition.lower-bound'='${lower}' must not be larger than 'scan.partition.upper-bound'='${upper}'.`;
      issue(context, 'scan.partition.lower-bound', message, 'INVALID_VALUE');
    } else if (lower !== undefined && upper !== undefined && count !== undefined && count > upper - lower + 1n) {
      const message = `scan.partition.num is ${count}, more than the ${upper - lower + 1n} value(s) from the lower to the upper bound: some partitions would be empty, which Flink refuses`;
      issue(context, 'scan.partition.num', message, 'INVALID_VALUE');
    }
  }
  allOrNone(config, LEGACY_CACHE_KEYS, context);
  if (isFlinkValue(config['lookup.cache'], 'PARTIAL') && PARTIAL_CACHE_BOUNDS.every((key) => config[key] === undefined)) {
    const message = `Missing ${PARTIAL_CACHE_BOUNDS.map((k) => `'${k}'`).join(', ')} for a PARTIAL lookup cache: without one it would grow without end`;
    issue(context, 'lookup.cache', message, 'MISSING_OPTION');
  }
};
