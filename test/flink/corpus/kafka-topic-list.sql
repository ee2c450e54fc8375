-- A source reading two topics, separated by a semicolon.
--
-- profiles: kafka-local
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_topic_list (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders-eu;orders-us',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_topic_list (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders-eu;orders-us',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
