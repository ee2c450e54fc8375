-- No startup mode: Flink starts from group offsets, and then needs properties.group.id.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses MISSING_OPTION properties.group.id
-- flink: refuses properties.group.id
CREATE TABLE default_startup_without_group_id (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE default_startup_without_group_id (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json'
);
