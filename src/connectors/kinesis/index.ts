import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import { defineConnector, type Connector } from '../connector-definition.js';
import { typeScopedOptions } from '../type-scoped-options.js';

const common = commonTableOptions({ formatRequired: true });
const whole = () => z.number().int().optional();

/**
 * The Kinesis connector (Arroyo's `KinesisConnector::from_options`): an AWS Kinesis stream
 * (`stream_name`, optional `aws_region`; credentials come from the AWS environment), read
 * from `source.offset` or written in batches (`sink.*`). No profile.
 *
 * @example
 * ```ts
 * import { kinesisConnector } from 'ddl-profiles';
 * kinesisConnector.fields.match('sink.max_records_per_batch')?.field.kind; // 'integer'
 * ```
 */
export const kinesisConnector: Connector = defineConnector({
  name: 'kinesis',
  description: 'AWS Kinesis data streams, read or written',
  roles: ['source', 'sink'],
  /** The keys Arroyo's from_options reads for it, beside those every table takes. */
  engineKeys: [
    'type',
    'stream_name',
    'aws_region',
    'source.offset',
    'sink.flush_interval_millis',
    'sink.max_bytes_per_batch',
    'sink.max_records_per_batch',
  ],
  takesProfile: false,
  profile: z.strictObject({}),
  table: z.strictObject({
    type: z.enum(['source', 'sink']),
    stream_name: z.string().min(1),
    aws_region: z.string().min(1).optional(),
    source: z.strictObject({ offset: z.enum(['earliest', 'latest']).optional() }).optional(),
    sink: z
      .strictObject({
        // Arroyo's UI caps these at 4,000,000 bytes and 500 records; its SQL path
        // (`from_options`) reads any integer, and so does this schema.
        flush_interval_millis: whole(),
        max_bytes_per_batch: whole(),
        max_records_per_batch: whole(),
      })
      .optional(),
    ...common.shape,
  }),
  tableRules: [...common.rules, typeScopedOptions({ source: ['source'], sink: ['sink'] })],
});
