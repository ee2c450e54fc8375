import { z } from 'zod';
import { field } from '../../field-info.js';
import { flinkBoolean, flinkDuration, flinkEnum, flinkInteger, flinkMemorySize } from '../flink-values.js';
import type { FlinkFormat } from '../formats/index.js';
import { flinkFormatShape } from '../formats/index.js';
import { flinkTableType } from '../table-type.js';

/**
 * The formats a Flink filesystem table may read and write: JSON and its changelog
 * formats, CSV and raw (Confluent Avro needs a Kafka schema registry, not files).
 *
 * @example
 * ```ts
 * FILESYSTEM_FORMATS.includes('csv'); // true
 * ```
 */
export const FILESYSTEM_FORMATS: readonly FlinkFormat[] = ['json', 'debezium-json', 'canal-json', 'maxwell-json', 'ogg-json', 'csv', 'raw'];

const formats = flinkFormatShape('', FILESYSTEM_FORMATS);
const { format } = formats as { format: z.ZodOptional<z.ZodType<string>> };

/**
 * The Flink filesystem table (`FileSystemTableFactory`/`FileSystemConnectorOptions`,
 * Flink 2.2.1): `path` and `format` (required) with the format's options, the source's
 * directory monitoring, the sink's rolling policy, compaction and partition commit.
 * Flink checks every option's value form on both sides; the bounds only the source or
 * the sink checks are rules that follow the table's `type`.
 *
 * @example
 * ```ts
 * filesystemTableSchema.parse({ path: 's3://lake/orders', format: 'json', 'sink.rolling-policy.file-size': '64mb' });
 * ```
 */
export const filesystemTableSchema = z.strictObject({
  path: field(z.string().min(1), { description: 'The directory read or written (a local path or a file system URI such as s3://…)' }),
  ...formats,
  format: format.unwrap(),
  ...z
    .strictObject({
      'source.monitor-interval': field(flinkDuration(), {
        description: 'How often the source looks for new files (above 0); unset, it reads the directory once (a bounded source)',
      }),
      'source.path.regex-pattern': field(z.string().min(1), { description: 'Only files whose absolute path matches this regex are read' }),
      'source.report-statistics': field(flinkEnum(['NONE', 'ALL']), {
        description: "File statistics the source reports: 'ALL' (default) or 'NONE'",
      }),
      'partition.default-name': field(z.string().min(1), {
        description: 'Partition name for a null or empty partition value (default __DEFAULT_PARTITION__)',
      }),
      'partition.time-extractor.kind': field(flinkEnum(['default', 'custom']), {
        description: "How a partition's time is read from its values: 'default' (a timestamp pattern) or 'custom' (a class)",
      }),
      'partition.time-extractor.class': field(z.string().min(1), { description: 'The PartitionTimeExtractor class, for the custom kind' }),
      'partition.time-extractor.timestamp-formatter': field(z.string().min(1), {
        description: "A DateTimeFormatter pattern for the extracted timestamp, e.g. 'yyyyMMdd'",
      }),
      'partition.time-extractor.timestamp-pattern': field(z.string().min(1), {
        description: "How partition values form a timestamp, e.g. '$dt $hour:00:00'",
      }),
      'sink.rolling-policy.file-size': field(flinkMemorySize(), { description: 'Largest part file before it rolls (default 128 mb)' }),
      'sink.rolling-policy.rollover-interval': field(flinkDuration(), {
        description: 'Longest a part file stays open before it rolls (default 30 min)',
      }),
      'sink.rolling-policy.inactivity-interval': field(flinkDuration(), {
        description: 'Longest a part file stays inactive before it rolls (default 30 min)',
      }),
      'sink.rolling-policy.check-interval': field(flinkDuration(), {
        description: 'How often time-based rolling is checked (default 1 min)',
      }),
      'sink.shuffle-by-partition.enable': field(flinkBoolean(), {
        description: 'Shuffle rows by partition before the sink (default false)',
      }),
      'auto-compaction': field(flinkBoolean(), { description: 'Compact the files of each checkpoint in a streaming sink (default false)' }),
      'compaction.file-size': field(flinkMemorySize(), { description: 'Target size of compacted files (default: the rolling file size)' }),
      'sink.partition-commit.trigger': field(flinkEnum(['process-time', 'partition-time']), {
        description: "When a partition is committed: 'process-time' (default) or 'partition-time' (by watermark)",
      }),
      'sink.partition-commit.delay': field(flinkDuration(), {
        description: 'How long after its time a partition is committed (default 0 s)',
      }),
      'sink.partition-commit.watermark-time-zone': field(z.string().min(1), {
        description: "Time zone of the watermark for partition-time commits (default 'UTC')",
      }),
      'sink.partition-commit.policy.kind': field(z.string().min(1), {
        description: "How a partition is committed, comma-separated: 'success-file', 'custom' ('metastore' is for Hive tables)",
      }),
      'sink.partition-commit.policy.class': field(z.string().min(1), {
        description: 'The PartitionCommitPolicy class, for the custom policy',
      }),
      'sink.partition-commit.policy.class.parameters': field(z.string(), {
        description: "Arguments of the custom policy class's constructor, separated by ';'",
      }),
      'sink.partition-commit.success-file.name': field(z.string().min(1), { description: 'Name of the success file (default _SUCCESS)' }),
      'sink.parallelism': field(flinkInteger({ min: -2_147_483_648, max: 2_147_483_647 }), {
        description: 'Parallelism of the sink (at least 1); the planner derives it when unset',
      }),
      type: flinkTableType(),
    })
    .partial().shape,
});

/**
 * The parsed filesystem table config.
 *
 * @example
 * ```ts
 * const table = filesystemTableSchema.parse({ path: '/data', format: 'json' }) as FilesystemTableConfig;
 * ```
 */
export type FilesystemTableConfig = z.output<typeof filesystemTableSchema>;
