-- datagen: random values within bounds, at a rate.
--
-- profiles: none
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE datagen_random (
  id BIGINT,
  price DOUBLE
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '100',
  'fields.id.min' = '1',
  'fields.id.max' = '99',
  'fields.price.null-rate' = '0.1',
  'number-of-rows' = '5000',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE datagen_random (
  id BIGINT,
  price DOUBLE
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '100',
  'fields.id.min' = '1',
  'fields.id.max' = '99',
  'fields.price.null-rate' = '0.1',
  'number-of-rows' = '5000'
);
