-- datagen: a sequence column and a bounded row count.
--
-- profiles: none
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE datagen_sequence (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'datagen',
  'fields.id.kind' = 'sequence',
  'fields.id.start' = '1',
  'fields.id.end' = '1000',
  'fields.name.length' = '12',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE datagen_sequence (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'datagen',
  'fields.id.kind' = 'sequence',
  'fields.id.start' = '1',
  'fields.id.end' = '1000',
  'fields.name.length' = '12'
);
