-- fields.id.kind = 'serial'.
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE fields.id.kind
-- flink: refuses fields.id.kind, saying "Unsupported generator kind: serial"
CREATE TABLE datagen_bad_kind (
  id BIGINT
) WITH (
  'connector' = 'datagen',
  'fields.id.kind' = 'serial',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE datagen_bad_kind (
  id BIGINT
) WITH (
  'connector' = 'datagen',
  'fields.id.kind' = 'serial'
);
