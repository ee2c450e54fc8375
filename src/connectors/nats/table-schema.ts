import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import type { ConfigRule } from '../connector-definition.js';
import { typeScopedOptions } from '../type-scoped-options.js';

const common = commonTableOptions({ formatRequired: true });
const whole = () => z.number().int().optional();

/**
 * The NATS table (Arroyo's `NatsConnector::table_from_options`): a source reads a
 * JetStream `stream` (with its `consumer.*` settings) or a core `subject`; a sink
 * publishes to a `subject`. Every NATS table needs a `format`.
 *
 * @example
 * ```ts
 * natsTableSchema.parse({ type: 'source', stream: 'orders', format: 'json', consumer: { ack_policy: 'Explicit' } });
 * ```
 */
export const natsTableSchema = z.strictObject({
  type: z.enum(['source', 'sink']),
  stream: z.string().min(1).optional(),
  subject: z.string().min(1).optional(),
  consumer: z
    .strictObject({
      description: z.string().optional(),
      ack_policy: z.enum(['Explicit', 'None', 'All']).optional(),
      replay_policy: z.enum(['Original', 'Instant']).optional(),
      ack_wait: whole(),
      filter_subjects: z.array(z.string().min(1)).optional(),
      sample_frequency: whole(),
      num_replicas: whole(),
      inactive_threshold: whole(),
      rate_limit: whole(),
      max_ack_pending: whole(),
      max_deliver: whole(),
      max_waiting: whole(),
      max_batch: whole(),
      max_bytes: whole(),
      max_expires: whole(),
    })
    .optional(),
  ...common.shape,
});

/**
 * The parsed NATS table config.
 *
 * @example
 * ```ts
 * const table = natsConnector.tableValidator.parse({ type: 'sink', subject: 'out', format: 'json' }) as NatsTableConfig;
 * ```
 */
export type NatsTableConfig = z.output<typeof natsTableSchema>;

function issue(context: z.RefinementCtx, path: string, message: string, code: 'MISSING_OPTION' | 'INVALID_VALUE'): void {
  context.addIssue({ code: 'custom', path: [path], message, params: { code } });
}

/** A source reads exactly one of a stream and a subject; a sink needs a subject; consumer.* is for JetStream sources. */
const natsEndpointRule: ConfigRule = (config, context) => {
  const table = config as NatsTableConfig;
  if (table.type === 'source') {
    if (table.stream !== undefined && table.subject !== undefined)
      issue(context, 'subject', 'Exactly one of `stream` or `subject` must be set', 'INVALID_VALUE');
    if (table.stream === undefined && table.subject === undefined)
      issue(context, 'stream', 'One of `stream` or `subject` must be set', 'MISSING_OPTION');
    if (table.stream === undefined && table.subject !== undefined && table.consumer !== undefined) {
      for (const key of Object.keys(table.consumer)) {
        context.addIssue({
          code: 'custom',
          path: ['consumer', key],
          message: `consumer.${key} applies only to a JetStream source (one that reads a stream), and this source reads subject '${table.subject}'`,
          params: { code: 'INVALID_VALUE' },
        });
      }
    }
  }
  if (table.type === 'sink' && table.subject === undefined) issue(context, 'subject', '`subject` must be set for sink', 'MISSING_OPTION');
};

/** Every rule of a NATS table. */
export const natsTableRules: readonly ConfigRule[] = [
  ...common.rules,
  typeScopedOptions({ stream: ['source'], consumer: ['source'] }),
  natsEndpointRule,
];
