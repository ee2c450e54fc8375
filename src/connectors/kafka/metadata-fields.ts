/**
 * What a Kafka source gives a `METADATA FROM '…'` column, and its type (Arroyo's
 * `metadata_defs` for Kafka; Confluent's are the same).
 *
 * @example
 * ```ts
 * KAFKA_METADATA_FIELDS.offset_id; // 'BIGINT'
 * ```
 */
export const KAFKA_METADATA_FIELDS: Readonly<Record<string, string>> = {
  offset_id: 'BIGINT',
  partition: 'INT',
  topic: 'TEXT',
  timestamp: 'BIGINT',
  key: 'BYTEA',
};
