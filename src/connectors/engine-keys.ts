/**
 * The WITH keys Arroyo's planner reads for every connector table, whatever its connector:
 * `connector` itself, the format options (`crates/arroyo-rpc/src/formats.rs`: `format`,
 * `json.*`, `avro.*`, `parquet.*`, `framing`, `bad_data`) and the table options of
 * `crates/arroyo-planner/src/tables.rs` (`event_time_field`, `watermark_field`,
 * `idle_micros`, `lookup.cache.*`). A connector's own keys come on top
 * (`ConnectorSpec.engineKeys`).
 *
 * @example
 * ```ts
 * TABLE_ENGINE_KEYS.includes('lookup.cache.ttl'); // true
 * ```
 */
export const TABLE_ENGINE_KEYS: readonly string[] = [
  'connector',
  'format',
  'json.confluent_schema_registry',
  'json.include_schema',
  'json.unstructured',
  'json.timestamp_format',
  'json.decimal_encoding',
  'json.compression',
  'avro.confluent_schema_registry',
  'avro.raw_datums',
  'avro.into_unstructured_json',
  'parquet.compression',
  'parquet.row_group_size',
  'framing',
  'framing.newline.max_length',
  'bad_data',
  'event_time_field',
  'watermark_field',
  'idle_micros',
  'lookup.cache.max_bytes',
  'lookup.cache.ttl',
];
