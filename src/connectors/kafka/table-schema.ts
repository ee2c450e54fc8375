import { z } from 'zod';
import { commonTableOptions, TABLE_FORMATS } from '../common-table-options.js';
import type { ConfigRule } from '../connector-definition.js';
import { typeScopedOptions } from '../type-scoped-options.js';
import { field } from '../field-info.js';

/**
 * Serialisation formats a Kafka table may use: every format a table takes.
 *
 * @example
 * ```ts
 * KAFKA_FORMATS.includes('json'); // true
 * ```
 */
export const KAFKA_FORMATS = TABLE_FORMATS;

const common = commonTableOptions({ formatRequired: true });

/**
 * The SQL keys Arroyo's planner reads for a Kafka (or Confluent) table, beside those
 * every table takes (`KafkaConnector::table_from_options`).
 *
 * @example
 * ```ts
 * KAFKA_TABLE_ENGINE_KEYS.includes('source.offset'); // true
 * ```
 */
export const KAFKA_TABLE_ENGINE_KEYS: readonly string[] = [
  'type',
  'topic',
  'source.offset',
  'source.read_mode',
  'source.group_id',
  'source.group_id_prefix',
  'sink.commit_mode',
  'sink.timestamp_field',
  'sink.key_field',
  'client_configs',
  'value.subject',
];

/**
 * The Kafka table (Arroyo's `KafkaConnector::table_from_options`): what a table reads or
 * writes. `source.*` belongs to sources and `sink.*` to sinks; the options every table
 * takes (`format`, `json.*`, `bad_data`, `event_time_field`, …) come from
 * {@link commonTableOptions}. Confluent tables use the same schema.
 *
 * @example
 * ```ts
 * kafkaTableSchema.parse({ topic: 'orders', format: 'json' });
 * ```
 */
export const kafkaTableSchema = z.strictObject({
  topic: z.string().min(1),
  type: z.enum(['source', 'sink']).optional(),
  source: z
    .strictObject({
      offset: z.enum(['earliest', 'latest', 'group']).optional(),
      read_mode: z.enum(['read_uncommitted', 'read_committed']).optional(),
      group_id: z.string().min(1).optional(),
      group_id_prefix: z.string().min(1).optional(),
    })
    .optional(),
  sink: z
    .strictObject({
      commit_mode: z.enum(['at_least_once', 'exactly_once']).optional(),
      key_field: z.string().min(1).optional(),
      timestamp_field: z.string().min(1).optional(),
    })
    .optional(),
  client_configs: field(z.record(z.string(), z.string()), { engineForm: 'pairs' }).optional(),
  value: z.strictObject({ subject: z.string().min(1).optional() }).optional(),
  ...common.shape,
});

/**
 * The parsed Kafka table config.
 *
 * @example
 * ```ts
 * const table = kafkaConnector.tableValidator.parse({ topic: 'orders', format: 'json' }) as KafkaTableConfig;
 * table.bad_data; // 'fail'
 * ```
 */
export type KafkaTableConfig = z.output<typeof kafkaTableSchema>;

/** Every rule of a Kafka table: the common options' rules; `source.*` only on sources and `sink.*` only on sinks. */
export const kafkaTableRules: readonly ConfigRule[] = [...common.rules, typeScopedOptions({ source: ['source'], sink: ['sink'] })];
