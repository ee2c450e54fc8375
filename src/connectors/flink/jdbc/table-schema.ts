import { z } from 'zod';
import { field } from '../../field-info.js';
import { flinkDurationMillis } from '../flink-duration-millis.js';
import { flinkBoolean, flinkDuration, flinkEnum, flinkInteger } from '../flink-values.js';
import { flinkTableType } from '../table-type.js';

const INT = { min: -2_147_483_648, max: 2_147_483_647 };
const LONG = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

/** A Java `Long` option (`Long.parseLong`: an optional sign and digits), read exactly past 2^53. */
const flinkLong = () =>
  z.string().refine((text) => /^[+-]?\d+$/.test(text) && BigInt(text) >= LONG.min && BigInt(text) <= LONG.max, {
    message: `expected a whole number from ${LONG.min} to ${LONG.max}`,
  });

/**
 * The table side of a Flink JDBC table (`JdbcDynamicTableFactory`/`JdbcConnectorOptions`,
 * `flink-connector-jdbc-core` 4.0.0-2.0): the table read or written, the scan's partitions,
 * the lookup cache, the sink's buffering and retries. The connection (`url`, `username`,
 * `password`) is the profile's. Flink checks every option's value form on both sides; the
 * bounds only the source or the sink checks are rules that follow the table's `type`.
 *
 * @example
 * ```ts
 * flinkJdbcTableSchema.parse({ 'table-name': 'public.orders', 'sink.buffer-flush.max-rows': '500' });
 * ```
 */
export const flinkJdbcTableSchema = z.strictObject({
  'table-name': field(z.string().min(1), { description: 'The database table read or written, optionally schema-qualified' }),
  ...z
    .strictObject({
      driver: field(z.string().min(1), { description: 'The JDBC driver class; derived from the URL when unset' }),
      'connection.max-retry-timeout': field(
        flinkDuration().refine((text) => (flinkDurationMillis(text) ?? 1_000) >= 1_000, {
          message: 'must not be smaller than 1 second',
        }),
        { description: 'Longest wait between connection retries, at least 1 s (default 1 min)' },
      ),
      'scan.partition.column': field(z.string().min(1), { description: 'The numeric, date or timestamp column a parallel scan splits on' }),
      'scan.partition.num': field(flinkInteger(INT), { description: 'How many partitions a parallel scan reads (at least 1)' }),
      'scan.partition.lower-bound': field(flinkLong(), { description: 'Smallest value of the first scan partition' }),
      'scan.partition.upper-bound': field(flinkLong(), { description: 'Largest value of the last scan partition' }),
      'scan.fetch-size': field(flinkInteger(INT), {
        description: 'Rows fetched per round trip when reading (not negative); 0 (default) leaves it to the driver',
      }),
      'scan.auto-commit': field(flinkBoolean(), { description: "The driver's auto-commit mode while reading (default true)" }),
      'filter.handling.policy': field(flinkEnum(['always', 'never']), {
        description: "Whether filters are pushed down to the database: 'always' (default) or 'never'",
      }),
      'lookup.cache': field(flinkEnum(['NONE', 'PARTIAL', 'FULL']), {
        description: "The lookup cache: 'NONE' (default), 'PARTIAL' (needs a lookup.partial-cache.* bound) or 'FULL'",
      }),
      'lookup.cache.max-rows': field(flinkLong(), { description: 'Legacy lookup cache size; with lookup.cache.ttl' }),
      'lookup.cache.ttl': field(flinkDuration(), { description: 'Legacy lookup cache time to live; with lookup.cache.max-rows' }),
      'lookup.cache.caching-missing-key': field(flinkBoolean(), { description: 'Legacy: cache keys that match no row (default true)' }),
      'lookup.partial-cache.max-rows': field(flinkLong(), { description: 'Most rows the partial lookup cache holds' }),
      'lookup.partial-cache.expire-after-write': field(flinkDuration(), {
        description: 'A cached row expires this long after it was written',
      }),
      'lookup.partial-cache.expire-after-access': field(flinkDuration(), {
        description: 'A cached row expires this long after it was read',
      }),
      'lookup.partial-cache.cache-missing-key': field(flinkBoolean(), { description: 'Cache keys that match no row (default true)' }),
      'lookup.max-retries': field(flinkInteger({ min: 0, max: INT.max }), { description: 'Retries of a failed lookup (default 3)' }),
      'sink.buffer-flush.max-rows': field(flinkInteger(INT), { description: 'Rows buffered before a flush (default 100; 0 disables)' }),
      'sink.buffer-flush.interval': field(flinkDuration(), { description: 'Longest time between flushes (default 1 s; 0 disables)' }),
      'sink.max-retries': field(flinkInteger({ min: 0, max: INT.max }), { description: 'Retries of a failed write (default 3)' }),
      'sink.parallelism': field(flinkInteger(INT), {
        description: 'Parallelism of the sink (at least 1); the planner derives it when unset',
      }),
      type: flinkTableType(),
    })
    .partial().shape,
});

/**
 * The parsed JDBC table config.
 *
 * @example
 * ```ts
 * const table = flinkJdbcTableSchema.parse({ 'table-name': 'orders' }) as FlinkJdbcTableConfig;
 * ```
 */
export type FlinkJdbcTableConfig = z.output<typeof flinkJdbcTableSchema>;
