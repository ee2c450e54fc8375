import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';

const common = commonTableOptions();

/**
 * The single-file connector (Arroyo's `SingleFileConnector::from_options`, for its tests):
 * one local file at `path`, read line by line by a source (`wait_for_control` to pause
 * after each line) or written by a sink. No profile.
 *
 * @example
 * ```ts
 * import { singleFileConnector } from 'ddl-profiles';
 * singleFileConnector.fields.match('wait_for_control')?.field.kind; // 'boolean'
 * ```
 */
export const singleFileConnector: Connector = defineConnector({
  name: 'single_file',
  description: 'One local file, read line by line or written (for tests)',
  roles: ['source', 'sink'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: ['type', 'path', 'wait_for_control'],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    type: z.enum(['source', 'sink'], { message: "'type' must be 'source' or 'sink'" }),
    path: z.string().min(1),
    wait_for_control: z.boolean().optional(),
    ...common.shape,
  }),
  tableRules: common.rules,
});
