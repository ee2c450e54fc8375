-- A Kafka sink from a profile with no authentication.
--
-- profiles: kafka-local
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_auth_none_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders-enriched',
  'format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE kafka_auth_none_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders-enriched',
  'format' = 'json'
);
