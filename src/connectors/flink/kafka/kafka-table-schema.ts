import { z } from 'zod';
import { field } from '../../field-info.js';
import { flinkDuration, flinkEnum, flinkInteger, flinkList } from '../flink-values.js';
import { FLINK_FORMATS, flinkFormatShape } from '../formats/index.js';
import { flinkTableType } from '../table-type.js';

/**
 * The values of Flink's Kafka enum options, as `KafkaConnectorOptions` of
 * flink-connector-kafka 5.0.0-2.2 spells them (its enums' `toString`, which Flink
 * compares ignoring case).
 *
 * @example
 * ```ts
 * FLINK_KAFKA_ENUMS['scan.startup.mode'].includes('earliest-offset'); // true
 * ```
 */
export const FLINK_KAFKA_ENUMS = {
  'scan.startup.mode': ['earliest-offset', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'],
  'scan.bounded.mode': ['unbounded', 'latest-offset', 'group-offsets', 'timestamp', 'specific-offsets'],
  'sink.delivery-guarantee': ['exactly-once', 'at-least-once', 'none'],
  'sink.transaction-naming-strategy': ['INCREMENTING', 'POOLING'],
  'value.fields-include': ['ALL', 'EXCEPT_KEY'],
} as const;

/** `parseSpecificOffsets`: `partition:<int>,offset:<long>` pairs joined by `;` (a trailing `;` or `,` is dropped, as Java's split drops it). */
function isSpecificOffsets(text: string): boolean {
  const kept = text.replace(/;+$/, '');
  return (
    kept !== '' &&
    kept.split(';').every((pair) => {
      const match = /^partition:([+-]?\d+),offset:([+-]?\d+),*$/.exec(pair);
      return match !== null && Math.abs(Number(match[1])) <= 2 ** 31 - 1 && Math.abs(Number(match[2])) <= Number.MAX_SAFE_INTEGER;
    })
  );
}

const specificOffsets = () =>
  z
    .string()
    .refine(isSpecificOffsets, { message: "expected offsets as Flink writes them: 'partition:0,offset:42;partition:1,offset:300'" });

/** The partitioners `getFlinkKafkaPartitioner` knows by name (compared exactly); anything else is taken as a class name. */
const NAMED_PARTITIONERS = ['default', 'fixed', 'round-robin'];
const JAVA_CLASS_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

/**
 * Whether `text` names a delivery guarantee as the deprecated `sink.semantic` is read
 * (`DeliveryGuarantee.valueOf` of it upper-cased, `-` read as `_`).
 *
 * @example
 * ```ts
 * semanticGuarantee('exactly_once'); // 'exactly-once'
 * ```
 */
export function semanticGuarantee(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const name = text.toUpperCase().replace(/-/g, '_');
  return ['EXACTLY_ONCE', 'AT_LEAST_ONCE', 'NONE'].includes(name) ? name.toLowerCase().replace(/_/g, '-') : undefined;
}

/**
 * Every option of Flink's `kafka` connector: the factory's `requiredOptions()` and
 * `optionalOptions()`, each with its value form and Flink's own description, and the
 * options of its value format (`format` or `value.format`) and key format (`key.format`). `properties` stands for every `properties.<name>` key, handed to the Kafka
 * client as it is (`properties.bootstrap.servers`, the one required option, comes from
 * the profile). `type` is ours: the side the table is used on.
 *
 * @example
 * ```ts
 * const topics = FLINK_KAFKA_OPTIONS['topic'];
 * topics.safeParse('orders;payments').success; // true
 * ```
 */
export const FLINK_KAFKA_OPTIONS = {
  type: flinkTableType().optional(),
  topic: field(
    z.string().refine((text) => flinkList(text).length > 0, { message: 'expected one or more topic names, separated by semicolons' }),
    {
      description:
        "Topic name(s) to read from or write to; several are separated by semicolons ('topic-1;topic-2'). Only one of 'topic' and 'topic-pattern' may be set",
    },
  ).optional(),
  'topic-pattern': field(z.string().min(1), {
    description: "A Java regular expression of the topics to read from (or that a sink's topic metadata column must match)",
  }).optional(),
  properties: field(z.record(z.string(), z.string()), {
    description: "Kafka client properties, each written as 'properties.<name>' (for example properties.group.id)",
  }).optional(),
  'key.fields': field(z.string(), {
    description: "The physical columns that make the Kafka message key, separated by semicolons ('id;region'); needs 'key.format'",
  }).optional(),
  'key.fields-prefix': field(z.string(), {
    description: "A prefix of the key columns' names, removed in the key format; needs 'value.fields-include' = 'EXCEPT_KEY'",
  }).optional(),
  'value.fields-include': field(flinkEnum(FLINK_KAFKA_ENUMS['value.fields-include']), {
    description: "Whether the value format holds every physical column ('ALL', the default) or all but the key columns ('EXCEPT_KEY')",
  }).optional(),
  'scan.startup.mode': field(flinkEnum(FLINK_KAFKA_ENUMS['scan.startup.mode']), {
    description: "Where a source starts reading (default 'group-offsets', which needs properties.group.id)",
  }).optional(),
  'scan.startup.specific-offsets': field(specificOffsets(), {
    description: "The offsets to start from in 'specific-offsets' startup mode: 'partition:0,offset:42;partition:1,offset:300'",
  }).optional(),
  'scan.startup.timestamp-millis': field(flinkInteger(), {
    description: "The epoch milliseconds to start from in 'timestamp' startup mode",
  }).optional(),
  'scan.bounded.mode': field(flinkEnum(FLINK_KAFKA_ENUMS['scan.bounded.mode']), {
    description: "Where a source stops reading (default 'unbounded')",
  }).optional(),
  'scan.bounded.specific-offsets': field(specificOffsets(), {
    description: "The offsets to stop at in 'specific-offsets' bounded mode: 'partition:0,offset:42;partition:1,offset:300'",
  }).optional(),
  'scan.bounded.timestamp-millis': field(flinkInteger(), {
    description: "The epoch milliseconds to stop at in 'timestamp' bounded mode",
  }).optional(),
  'scan.topic-partition-discovery.interval': field(flinkDuration(), {
    description: "How often a source looks for new partitions (default '5 min'; '0' turns discovery off)",
  }).optional(),
  'scan.parallelism': field(flinkInteger({ min: 1 }), {
    description: "The source's parallelism (default: the job's)",
  }).optional(),
  'sink.partitioner': field(
    z.string().refine((text) => NAMED_PARTITIONERS.includes(text) || JAVA_CLASS_NAME.test(text), {
      message: "expected 'default', 'fixed', 'round-robin' or the full name of a FlinkKafkaPartitioner class",
    }),
    {
      description:
        "How a sink spreads rows over Kafka partitions: 'default' (Kafka's), 'fixed' (one Kafka partition per Flink partition), 'round-robin' (without 'key.fields'), or a partitioner class's full name",
    },
  ).optional(),
  'sink.parallelism': field(flinkInteger({ min: 1 }), {
    description: "The sink's parallelism (default: the input's)",
  }).optional(),
  'sink.delivery-guarantee': field(flinkEnum(FLINK_KAFKA_ENUMS['sink.delivery-guarantee']), {
    description: "The sink's delivery guarantee (default 'at-least-once'); 'exactly-once' needs 'sink.transactional-id-prefix'",
  }).optional(),
  'sink.semantic': field(
    z.string().refine((text) => semanticGuarantee(text) !== undefined, { message: "expected 'exactly-once', 'at-least-once' or 'none'" }),
    { description: "Deprecated spelling of 'sink.delivery-guarantee', which it overrides when set" },
  ).optional(),
  'sink.transactional-id-prefix': field(z.string(), {
    description: 'The prefix of the identifiers of the Kafka transactions an exactly-once sink opens',
  }).optional(),
  'sink.transaction-naming-strategy': field(flinkEnum(FLINK_KAFKA_ENUMS['sink.transaction-naming-strategy']), {
    description: "How transactions are named: 'INCREMENTING' (the default, works with Kafka 2.x) or 'POOLING' (fewer names, Kafka 3.0+)",
  }).optional(),
  // The value's format (`format`, or its other spelling `value.format`) and the key's, each with its options.
  ...flinkFormatShape('', FLINK_FORMATS),
  ...flinkFormatShape('value.', FLINK_FORMATS),
  ...flinkFormatShape('key.', FLINK_FORMATS),
};

/**
 * A Flink Kafka table, Flink's keys as written (all values strings, checked in Flink's
 * value forms).
 *
 * @example
 * ```ts
 * flinkKafkaTableSchema.parse({ topic: 'orders', format: 'json', 'scan.startup.mode': 'earliest-offset' });
 * ```
 */
export const flinkKafkaTableSchema = z.strictObject(FLINK_KAFKA_OPTIONS);

/**
 * The parsed Flink Kafka table config (also what an `upsert-kafka` table parses to, less
 * the options it lacks).
 *
 * @example
 * ```ts
 * const table = flinkKafkaConnector.tableValidator.parse({ topic: 'orders', format: 'json' }) as FlinkKafkaTableConfig;
 * ```
 */
export type FlinkKafkaTableConfig = z.output<typeof flinkKafkaTableSchema>;
