-- A fractional duration, '1.5s', which Flink's TimeUtils refuses.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE scan.topic-partition-discovery.interval
-- flink: refuses scan.topic-partition-discovery.interval
CREATE TABLE bad_duration_fraction (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'scan.topic-partition-discovery.interval' = '1.5s',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE bad_duration_fraction (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'scan.topic-partition-discovery.interval' = '1.5s'
);
