import { z } from 'zod';
import { defineConnector, type Connector } from '../../connector-definition.js';
import { flinkFormatRule, rawFormatColumnRule } from '../formats/index.js';
import { filesystemCommitPolicyRule } from './commit-policy-rule.js';
import { filesystemSideBoundsRule } from './side-bounds-rule.js';
import { filesystemPartitionRule } from './partition-rule.js';
import { filesystemTableSchema } from './table-schema.js';

export { filesystemCommitPolicyRule } from './commit-policy-rule.js';
export { filesystemSideBoundsRule } from './side-bounds-rule.js';
export { filesystemPartitionRule } from './partition-rule.js';
export { FILESYSTEM_FORMATS, filesystemTableSchema, type FilesystemTableConfig } from './table-schema.js';

/**
 * Flink's `filesystem` connector (`FileSystemTableFactory`, Flink 2.2.1): a source reading
 * the files under `path` (once, or monitored) and a sink writing part files, partitioned
 * by the statement's `PARTITIONED BY (…)` columns. No profile: a path is not a connection.
 *
 * @example
 * ```ts
 * flinkFilesystemConnector.tableValidator.parse({ path: '/data/orders', format: 'json' });
 * ```
 */
export const flinkFilesystemConnector: Connector = defineConnector({
  name: 'filesystem',
  description: 'Flink filesystem source and sink: files under a path, in a row format',
  dialect: 'flink',
  roles: ['source', 'sink'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: filesystemTableSchema,
  tableRules: [flinkFormatRule(['']), filesystemCommitPolicyRule, filesystemSideBoundsRule],
  columnRules: [rawFormatColumnRule('')],
  partitionRule: filesystemPartitionRule,
});
