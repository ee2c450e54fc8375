import { z } from 'zod';
import { defineConnector, type Connector } from '../connector-definition.js';
import { FILE_SINK_ENGINE_KEYS, PARTITIONING_ENGINE_KEYS } from '../file-sink-options.js';
import { filesystemTableRules, filesystemTableSchema } from './table-schema.js';

/**
 * The filesystem connector: files in a local folder or an object store (S3, GCS, Azure,
 * R2…), read by a source or written by a sink. No profile.
 *
 * @example
 * ```ts
 * import { filesystemConnector } from 'ddl-profiles';
 * filesystemConnector.fields.match('rolling_policy.interval')?.field.path; // ['rolling_policy', 'interval']
 * ```
 */
export const filesystemConnector: Connector = defineConnector({
  name: 'filesystem',
  description: 'Files in a folder or an object store such as S3, read or written (JSON, Parquet, …)',
  roles: ['source', 'sink'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['type', 'path', 'source.regex_pattern', 'source.compression', ...FILE_SINK_ENGINE_KEYS, ...PARTITIONING_ENGINE_KEYS],
  takesProfile: false,
  profile: z.strictObject({}),
  table: filesystemTableSchema,
  tableRules: filesystemTableRules,
});
