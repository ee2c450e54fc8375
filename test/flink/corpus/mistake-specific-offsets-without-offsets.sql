-- specific-offsets mode without scan.startup.specific-offsets.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses MISSING_OPTION scan.startup.specific-offsets
-- flink: refuses scan.startup.specific-offsets
CREATE TABLE specific_offsets_without_offsets (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'specific-offsets',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE specific_offsets_without_offsets (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'specific-offsets'
);
