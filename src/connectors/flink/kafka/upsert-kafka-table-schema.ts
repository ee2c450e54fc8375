import { z } from 'zod';
import { field } from '../../field-info.js';
import { flinkDuration, flinkInteger } from '../flink-values.js';
import { FLINK_FORMATS, flinkFormatShape } from '../formats/index.js';
import { FLINK_KAFKA_OPTIONS } from './kafka-table-schema.js';

const {
  type,
  topic,
  'topic-pattern': topicPattern,
  properties,
  'key.fields-prefix': keyFieldsPrefix,
  'value.fields-include': valueFieldsInclude,
  'scan.bounded.mode': boundedMode,
  'scan.bounded.specific-offsets': boundedOffsets,
  'scan.bounded.timestamp-millis': boundedTimestamp,
  'scan.topic-partition-discovery.interval': discoveryInterval,
  'scan.parallelism': scanParallelism,
  'sink.parallelism': sinkParallelism,
  'sink.delivery-guarantee': deliveryGuarantee,
  'sink.transactional-id-prefix': transactionalIdPrefix,
  'sink.transaction-naming-strategy': transactionNaming,
} = FLINK_KAFKA_OPTIONS;

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
  type,
  topic,
  'topic-pattern': topicPattern,
  properties,
  'key.fields-prefix': keyFieldsPrefix,
  'value.fields-include': valueFieldsInclude,
  'scan.bounded.mode': boundedMode,
  'scan.bounded.specific-offsets': boundedOffsets,
  'scan.bounded.timestamp-millis': boundedTimestamp,
  'scan.topic-partition-discovery.interval': discoveryInterval,
  'scan.parallelism': scanParallelism,
  'sink.parallelism': sinkParallelism,
  'sink.delivery-guarantee': deliveryGuarantee,
  'sink.transactional-id-prefix': transactionalIdPrefix,
  'sink.transaction-naming-strategy': transactionNaming,
  'sink.buffer-flush.max-rows': field(flinkInteger({ min: 0 }), {
    description: "How many rows a sink buffers, keeping the last of each key, before it writes ('0', the default, turns buffering off)",
  }).optional(),
  'sink.buffer-flush.interval': field(flinkDuration(), {
    description: "How often a buffering sink writes ('0', the default, turns buffering off); set with 'sink.buffer-flush.max-rows'",
  }).optional(),
  ...requiredFormat('key.'),
  ...requiredFormat('value.'),
});
