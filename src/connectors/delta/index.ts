import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';
import { field } from '../field-info.js';
import {
  FILE_SINK_ENGINE_KEYS,
  fileSinkFormatRule,
  fileSinkOptions,
  multipartRule,
  PARTITIONING_ENGINE_KEYS,
  partitioningOptions,
} from '../file-sink-options.js';
import { sinkOnlyRule } from '../sink-only-rule.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The Delta Lake connector (Arroyo's `DeltaLakeTable::from_opts`): a sink writing a Delta
 * table at `path`, with the file sink's rolling, naming, partitioning and multipart
 * options. No profile.
 *
 * @example
 * ```ts
 * import { deltaConnector } from 'ddl-profiles';
 * deltaConnector.roles; // ['sink']
 * ```
 */
export const deltaConnector: Connector = defineConnector({
  name: 'delta',
  description: 'Delta Lake tables in a folder or an object store, written by a sink',
  roles: ['sink'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['type', 'path', ...FILE_SINK_ENGINE_KEYS, ...PARTITIONING_ENGINE_KEYS],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    type: z.enum(['source', 'sink'], { message: "type must be one of 'source' or 'sink'" }),
    path: field(z.string().min(1), { endpoint: true }),
    ...fileSinkOptions(),
    ...partitioningOptions(),
    ...common.shape,
  }),
  tableRules: [...common.rules, sinkOnlyRule('DeltaLake sources are not yet supported'), multipartRule, fileSinkFormatRule],
});
