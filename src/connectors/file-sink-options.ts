import { z } from 'zod';
import type { ConfigRule } from './connector-definition.js';
import { columnName, dataSize, interval } from './value-schemas.js';

const MINIMUM_PART_SIZE = 5 * 1024 * 1024;
const UNIT_BYTES: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  p: 1024 ** 5,
  pb: 1024 ** 5,
  e: 1024 ** 6,
  eb: 1024 ** 6,
};

/** The bytes a data size such as '8MB' stands for, as Arroyo reads it (units of 1024). */
function bytesOf(size: string): number | undefined {
  const match = /^(\d+)([a-zA-Z]*)$/.exec(size);
  const unit = match ? UNIT_BYTES[match[2].toLowerCase()] : undefined;
  return match && unit !== undefined ? Number(match[1]) * unit : undefined;
}

/**
 * The options of Arroyo's file-writing sinks (filesystem, Delta Lake and Iceberg;
 * `filesystem/config.rs`): where files go and with which object-store settings
 * (`storage.*`), when a file is rolled, how it is named, multipart upload tuning, the
 * sink version and shuffling by partition. Each config path joins to Arroyo's SQL key
 * (`rolling_policy.interval`, `filename.strategy`, `sink.version`, …).
 *
 * @example
 * ```ts
 * const table = z.strictObject({ path: z.string(), ...fileSinkOptions() });
 * table.parse({ path: 's3://bucket/out', rolling_policy: { interval: '10 minutes' } });
 * ```
 */
export function fileSinkOptions() {
  return {
    storage: z.record(z.string(), z.string()).optional(),
    rolling_policy: z
      .strictObject({
        file_size: dataSize().optional(),
        interval: interval().optional(),
        inactivity_interval: interval().optional(),
        watermark_expiration: z.boolean().optional(),
      })
      .optional(),
    filename: z
      .strictObject({
        prefix: z.string().optional(),
        suffix: z.string().optional(),
        strategy: z.enum(['serial', 'uuid', 'uuid_v7', 'ulid']).optional(),
      })
      .optional(),
    multipart: z
      .strictObject({
        target_part_size: dataSize().optional(),
        max_parts: z.number().int().positive({ message: 'expected with option multipart.max_parts to be greater than 0' }).optional(),
        minimum_multipart_size: dataSize().optional(),
      })
      .optional(),
    shuffle_by_partition: z.strictObject({ enabled: z.boolean().optional() }).optional(),
    sink: z.strictObject({ version: z.enum(['v1', 'v2']).optional() }).optional(),
  };
}

/**
 * The SQL keys Arroyo's planner reads for {@link fileSinkOptions}, for a file-writing
 * connector's `engineKeys`.
 *
 * @example
 * ```ts
 * defineConnector({ …, engineKeys: ['type', 'path', ...FILE_SINK_ENGINE_KEYS] });
 * ```
 */
export const FILE_SINK_ENGINE_KEYS: readonly string[] = [
  'storage.*',
  'rolling_policy.file_size',
  'rolling_policy.interval',
  'rolling_policy.inactivity_interval',
  'rolling_policy.watermark_expiration',
  'filename.prefix',
  'filename.suffix',
  'filename.strategy',
  'multipart.target_part_size',
  'multipart.max_parts',
  'multipart.minimum_multipart_size',
  'shuffle_by_partition.enabled',
  'sink.version',
];

/**
 * The partitioning options of the filesystem and Delta Lake sinks: a time pattern
 * (`partitioning.time_pattern`, strftime-like) and partition columns
 * (`partitioning.fields`, comma-separated).
 *
 * @example
 * ```ts
 * const table = z.strictObject({ ...partitioningOptions() });
 * table.parse({ partitioning: { time_pattern: '%Y/%m/%d', fields: ['app'] } });
 * ```
 */
export function partitioningOptions() {
  return {
    partitioning: z
      .strictObject({
        time_pattern: z.string().min(1).optional(),
        fields: z.array(columnName()).optional(),
      })
      .optional(),
  };
}

/**
 * The SQL keys Arroyo's planner reads for {@link partitioningOptions}.
 *
 * @example
 * ```ts
 * defineConnector({ …, engineKeys: ['type', 'path', ...FILE_SINK_ENGINE_KEYS, ...PARTITIONING_ENGINE_KEYS] });
 * ```
 */
export const PARTITIONING_ENGINE_KEYS: readonly string[] = ['partitioning.time_pattern', 'partitioning.fields'];

/** A multipart part is at least 5 MiB (Arroyo's words). */
export const multipartRule: ConfigRule = (config, context) => {
  const size = (config.multipart as { target_part_size?: unknown } | undefined)?.target_part_size;
  if (typeof size !== 'string') return;
  const bytes = bytesOf(size);
  if (bytes !== undefined && bytes < MINIMUM_PART_SIZE) {
    context.addIssue({
      code: 'custom',
      path: ['multipart', 'target_part_size'],
      message: `multipart.target_part_size must be >= ${MINIMUM_PART_SIZE}`,
      params: { code: 'INVALID_VALUE' },
    });
  }
};

/**
 * The file-writing sinks write JSON or Parquet only (Arroyo's "unsupported format").
 *
 * @example
 * ```ts
 * defineConnector({ …, tableRules: [fileSinkFormatRule] });
 * ```
 */
export const fileSinkFormatRule: ConfigRule = (config, context) => {
  if (config.type !== 'sink' || typeof config.format !== 'string' || ['json', 'parquet'].includes(config.format)) return;
  context.addIssue({
    code: 'custom',
    path: ['format'],
    message: `unsupported format ${config.format}: a file sink writes 'json' or 'parquet'`,
    params: { code: 'INVALID_VALUE' },
  });
};
