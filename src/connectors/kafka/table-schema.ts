import { z } from 'zod';
import type { ConfigRule } from '../connector-definition.js';
import { field } from '../field-info.js';

const stringMap = () => z.record(z.string(), z.string()).optional();

/**
 * Serialisation formats a Kafka table may use.
 *
 * @example
 * ```ts
 * KAFKA_FORMATS.includes('json'); // true
 * ```
 */
export const KAFKA_FORMATS = ['json', 'avro', 'raw_string', 'raw_bytes', 'debezium_json', 'parquet', 'protobuf'] as const;

/**
 * The Kafka table: what a table reads or writes. `source.*` belongs to sources and
 * `sink.*` to sinks; the generic format and event-time keys are accepted as well.
 *
 * @example
 * ```ts
 * kafkaTableSchema.parse({ topic: 'orders', format: 'json' });
 * ```
 */
export const kafkaTableSchema = z.strictObject({
  topic: z.string().min(1),
  format: z.enum(KAFKA_FORMATS),
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
  bad_data: z.enum(['fail', 'drop']).default('fail'),
  framing: z.string().min(1).optional(),
  json: stringMap(),
  avro: stringMap(),
  event_time_field: field(z.string().min(1), { engineForm: 'field' }).optional(),
  watermark_field: field(z.string().min(1), { engineForm: 'field' }).optional(),
  idle_micros: z.number().int().nonnegative().optional(),
  lookup: z.strictObject({ cache: stringMap() }).optional(),
});

/**
 * The parsed Kafka table config.
 *
 * @example
 * ```ts
 * const table: KafkaTableConfig = kafkaTableSchema.parse({ topic: 'orders', format: 'json' });
 * table.bad_data; // 'fail'
 * ```
 */
export type KafkaTableConfig = z.output<typeof kafkaTableSchema>;

/** `source.*` is refused on a sink, and `sink.*` on a source. */
export const kafkaDirectionRule: ConfigRule = (config, context) => {
  const table = config as KafkaTableConfig;
  const wrong = table.type === 'sink' ? 'source' : table.type === 'source' ? 'sink' : undefined;
  const group = wrong ? table[wrong] : undefined;
  if (!wrong || !group) return;
  for (const key of Object.keys(group)) {
    context.addIssue({
      code: 'custom',
      path: [wrong, key],
      message: `${wrong}.${key} applies only to ${wrong} tables, and this table has type '${table.type}'`,
      params: { code: 'INVALID_VALUE' },
    });
  }
};
