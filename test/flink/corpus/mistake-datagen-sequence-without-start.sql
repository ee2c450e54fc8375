-- A sequence generator without fields.<name>.start.
--
-- profiles: none
-- sides: source
-- resolver: refuses MISSING_OPTION fields.id.start
-- flink: refuses fields.id.start
CREATE TABLE datagen_sequence_without_start (
  id BIGINT
) WITH (
  'connector' = 'datagen',
  'fields.id.kind' = 'sequence',
  'fields.id.end' = '100',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE datagen_sequence_without_start (
  id BIGINT
) WITH (
  'connector' = 'datagen',
  'fields.id.kind' = 'sequence',
  'fields.id.end' = '100'
);
