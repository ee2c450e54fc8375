import { z } from 'zod';
import { field } from '../../field-info.js';
import { flinkDuration, flinkInteger } from '../flink-values.js';
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
  'value.format': valueFormat,
} = FLINK_KAFKA_OPTIONS;

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
  'key.format': field(z.string().min(1), { description: 'The format of the message key, which holds the PRIMARY KEY columns' }),
  'value.format': valueFormat.unwrap(),
});
