-- A Kafka source with neither topic nor topic-pattern.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses MISSING_OPTION topic
-- flink: refuses topic
CREATE TABLE missing_topic (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE missing_topic (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
