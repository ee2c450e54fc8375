-- A source reading every topic that matches a pattern, with partition discovery every 30 s.
--
-- profiles: kafka-local
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_topic_pattern (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic-pattern' = 'orders-.*',
  'scan.topic-partition-discovery.interval' = '30 s',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_topic_pattern (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic-pattern' = 'orders-.*',
  'scan.topic-partition-discovery.interval' = '30 s',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
