-- A Kafka table with no `type`: Flink must accept it as a source and as a sink (a group id, so the
-- default group-offsets start has one).
--
-- profiles: kafka-local
-- sides: source, sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_auth_none_no_type (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'properties.group.id' = 'orders-reader'
);

-- Flink sees:
CREATE TABLE kafka_auth_none_no_type (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'properties.group.id' = 'orders-reader'
);
