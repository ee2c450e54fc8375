import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import type { ConfigRule } from '../connector-definition.js';
import { field } from '../field-info.js';
import { typeScopedOptions } from '../type-scoped-options.js';
import { fileSinkFormatRule, fileSinkOptions, multipartRule, partitioningOptions } from '../file-sink-options.js';

const common = commonTableOptions({ formatRequired: true, compressedJson: true });

/**
 * The filesystem table (Arroyo's `FileSystemTable::from_opts`): a source reads the files
 * under `path` (optionally matching `source.regex_pattern`, compressed as
 * `source.compression`); a sink writes files there, rolled, named and partitioned as its
 * options say. `path` is a local path or an object-store URL (`s3://`, `gs://`, …), with
 * `storage.*` passed to the store.
 *
 * @example
 * ```ts
 * filesystemTableSchema.parse({ type: 'sink', path: 's3://bucket/out', format: 'parquet', rolling_policy: { interval: '10 minutes' } });
 * ```
 */
export const filesystemTableSchema = z.strictObject({
  type: z.enum(['source', 'sink']),
  path: field(z.string().min(1), { endpoint: true }),
  source: z
    .strictObject({
      regex_pattern: z.string().min(1).optional(),
      compression: z.enum(['none', 'zstd', 'gzip']).optional(),
    })
    .optional(),
  ...fileSinkOptions(),
  ...partitioningOptions(),
  ...common.shape,
});

/** `source.regex_pattern` must be a regular expression. */
const regexRule: ConfigRule = (config, context) => {
  const pattern = (config.source as { regex_pattern?: unknown } | undefined)?.regex_pattern;
  if (typeof pattern !== 'string') return;
  try {
    new RegExp(pattern);
  } catch {
    context.addIssue({
      code: 'custom',
      path: ['source', 'regex_pattern'],
      message: `could not parse regex_pattern '${pattern}'`,
      params: { code: 'INVALID_VALUE' },
    });
  }
};

const sinkOnly = ['sink'];

/** Every rule of a filesystem table. */
export const filesystemTableRules: readonly ConfigRule[] = [
  ...common.rules,
  typeScopedOptions({
    source: ['source'],
    storage: ['source', 'sink'],
    rolling_policy: sinkOnly,
    filename: sinkOnly,
    multipart: sinkOnly,
    shuffle_by_partition: sinkOnly,
    sink: sinkOnly,
    partitioning: sinkOnly,
  }),
  regexRule,
  multipartRule,
  fileSinkFormatRule,
];
