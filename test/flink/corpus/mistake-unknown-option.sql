-- scan.startup.mod, a typo of scan.startup.mode.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses UNKNOWN_OPTION scan.startup.mod
-- flink: refuses scan.startup.mod
CREATE TABLE unknown_option (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mod' = 'earliest-offset',
  'properties.group.id' = 'g',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE unknown_option (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mod' = 'earliest-offset',
  'properties.group.id' = 'g'
);
