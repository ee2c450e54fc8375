-- A key format with key.fields, and the value without the key fields.
--
-- profiles: kafka-local
-- sides: source, sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_key_and_value_formats (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'key.format' = 'json',
  'key.fields' = 'order_id',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY',
  'properties.group.id' = 'orders-reader'
);

-- Flink sees:
CREATE TABLE kafka_key_and_value_formats (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'key.format' = 'json',
  'key.fields' = 'order_id',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY',
  'properties.group.id' = 'orders-reader'
);
