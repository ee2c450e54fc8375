import { z } from 'zod';
import { commonTableOptions } from '../common-table-options.js';
import type { ConfigRule } from '../connector-definition.js';

const common = commonTableOptions({ formatRequired: true });

/**
 * The RabbitMQ Stream table (Arroyo's `RabbitmqConnector::from_options`): a stream read by
 * a source, from `source.offset` (`first`, `last`, the default, or `next`). Arroyo has no
 * RabbitMQ sink. Every table needs a `format`.
 *
 * @example
 * ```ts
 * rabbitmqTableSchema.parse({ type: 'source', stream: 'orders', format: 'json', source: { offset: 'first' } });
 * ```
 */
export const rabbitmqTableSchema = z.strictObject({
  type: z.enum(['source'], { message: "RabbitMQ tables are sources only: type must be 'source'" }),
  stream: z.string().min(1),
  source: z.strictObject({ offset: z.enum(['first', 'last', 'next']).optional() }).optional(),
  ...common.shape,
});

/**
 * The parsed RabbitMQ table config.
 *
 * @example
 * ```ts
 * const table = rabbitmqConnector.tableValidator.parse({ type: 'source', stream: 's', format: 'json' }) as RabbitmqTableConfig;
 * ```
 */
export type RabbitmqTableConfig = z.output<typeof rabbitmqTableSchema>;

/** Every rule of a RabbitMQ table: the common options' rules. */
export const rabbitmqTableRules: readonly ConfigRule[] = common.rules;
