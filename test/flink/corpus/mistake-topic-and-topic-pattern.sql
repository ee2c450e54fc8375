-- Both topic and topic-pattern.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE topic-pattern
-- flink: refuses topic-pattern
CREATE TABLE topic_and_topic_pattern (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'topic-pattern' = 'orders-.*',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE topic_and_topic_pattern (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'topic-pattern' = 'orders-.*',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
