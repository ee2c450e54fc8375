-- properties.auto.offset.reset = 'first': the one Kafka client property Flink's planner checks
-- (earliest, latest, none).
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE properties.auto.offset.reset
-- flink: refuses properties.auto.offset.reset
CREATE TABLE bad_auto_offset_reset (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'properties.group.id' = 'g',
  'properties.auto.offset.reset' = 'first',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE bad_auto_offset_reset (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'properties.group.id' = 'g',
  'properties.auto.offset.reset' = 'first'
);
