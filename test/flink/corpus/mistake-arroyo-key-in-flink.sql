-- Arroyo's source.offset in a Flink table.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses UNKNOWN_OPTION source.offset
-- flink: refuses source.offset
CREATE TABLE arroyo_key_in_flink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'properties.group.id' = 'orders-reader',
  'source.offset' = 'earliest',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE arroyo_key_in_flink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'properties.group.id' = 'orders-reader',
  'source.offset' = 'earliest'
);
