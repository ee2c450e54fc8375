/**
 * The formats a Flink table may name in `format`, `key.format` or `value.format`, by the
 * identifier of their factory (case-sensitive, as Flink looks them up): JSON and the
 * JSON changelog formats of `flink-json`, `csv`, `raw`, and Confluent Avro.
 *
 * @example
 * ```ts
 * FLINK_FORMATS.includes('debezium-json'); // true
 * ```
 */
export const FLINK_FORMATS = [
  'json',
  'debezium-json',
  'canal-json',
  'maxwell-json',
  'ogg-json',
  'csv',
  'raw',
  'avro-confluent',
  'debezium-avro-confluent',
] as const;

/**
 * One of {@link FLINK_FORMATS}.
 *
 * @example
 * ```ts
 * const format: FlinkFormat = 'json';
 * ```
 */
export type FlinkFormat = (typeof FLINK_FORMATS)[number];

/**
 * The formats whose records are changes (inserts, updates, deletes) rather than rows: a
 * table in one of them is a changelog.
 *
 * @example
 * ```ts
 * CHANGELOG_FORMATS.includes('debezium-json'); // true
 * ```
 */
export const CHANGELOG_FORMATS: readonly FlinkFormat[] = [
  'debezium-json',
  'canal-json',
  'maxwell-json',
  'ogg-json',
  'debezium-avro-confluent',
];

/**
 * Where a table's format keys sit: `format` and `json.*` (''), or a Kafka table's key and
 * value formats, `key.format` and `key.json.*`, `value.format` and `value.json.*`.
 *
 * @example
 * ```ts
 * const prefix: FormatPrefix = 'value.';
 * ```
 */
export type FormatPrefix = '' | 'key.' | 'value.';
