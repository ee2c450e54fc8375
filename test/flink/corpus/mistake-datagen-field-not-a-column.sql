-- fields.<name>.* naming a column the table does not have.
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE fields.idd.min
-- flink: refuses fields.idd.min
CREATE TABLE datagen_field_not_a_column (
  id BIGINT
) WITH (
  'connector' = 'datagen',
  'fields.idd.min' = '1',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE datagen_field_not_a_column (
  id BIGINT
) WITH (
  'connector' = 'datagen',
  'fields.idd.min' = '1'
);
