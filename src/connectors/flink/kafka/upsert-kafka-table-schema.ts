import { z } from 'zod';
import { field } from '../../field-info.js';
import { flinkDuration, flinkInteger } from '../flink-values.js';
import { FLINK_FORMATS, flinkFormatShape } from '../formats/index.js';
import { FLINK_KAFKA_OPTIONS } from './kafka-table-schema.js';

/** The Kafka options an upsert table shares with a `kafka` one, by their Flink keys. */
const SHARED_KEYS = [
  'type',
  'topic',
  'topic-pattern',
  'properties',
  'key.fields-prefix',
  'value.fields-include',
  'scan.bounded.mode',
  'scan.bounded.specific-offsets',
  'scan.bounded.timestamp-millis',
  'scan.topic-partition-discovery.interval',
  'scan.parallelism',
  'sink.parallelism',
  'sink.delivery-guarantee',
  'sink.transactional-id-prefix',
  'sink.transaction-naming-strategy',
] as const satisfies ReadonlyArray<keyof typeof FLINK_KAFKA_OPTIONS>;

const shared = Object.fromEntries(SHARED_KEYS.map((key) => [key, FLINK_KAFKA_OPTIONS[key]])) as Pick<
  typeof FLINK_KAFKA_OPTIONS,
  (typeof SHARED_KEYS)[number]
>;

/** A format slot whose `format` key is required (upsert-kafka's `key.format` and `value.format`). */
function requiredFormat(prefix: 'key.' | 'value.'): z.ZodRawShape {
  const shape = flinkFormatShape(prefix, FLINK_FORMATS);
  const format = shape[`${prefix}format`] as z.ZodOptional;
  return { ...shape, [`${prefix}format`]: format.unwrap() };
}

/**
 * A Flink `upsert-kafka` table (`UpsertKafkaDynamicTableFactory`): the Kafka options it
 * shares with `kafka`, less those an upsert table cannot have (`format`, `key.fields`,
 * whose place its PRIMARY KEY takes, `scan.startup.*`, `sink.partitioner`,
 * `sink.semantic`), with `key.format` and `value.format` required and sink buffering.
 *
 * @example
 * ```ts
 * flinkUpsertKafkaTableSchema.parse({ topic: 'totals', 'key.format': 'json', 'value.format': 'json' });
 * ```
 */
export const flinkUpsertKafkaTableSchema = z.strictObject({
  ...shared,
  'sink.buffer-flush.max-rows': field(flinkInteger({ min: 0 }), {
    description: "How many rows a sink buffers, keeping the last of each key, before it writes ('0', the default, turns buffering off)",
  }).optional(),
  'sink.buffer-flush.interval': field(flinkDuration(), {
    description: "How often a buffering sink writes ('0', the default, turns buffering off); set with 'sink.buffer-flush.max-rows'",
  }).optional(),
  ...requiredFormat('key.'),
  ...requiredFormat('value.'),
});
