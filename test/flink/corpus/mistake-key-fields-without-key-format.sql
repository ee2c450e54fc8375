-- key.fields with no key.format.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses MISSING_OPTION key.format
-- flink: refuses key.format
CREATE TABLE key_fields_without_key_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'key.fields' = 'order_id',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE key_fields_without_key_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'key.fields' = 'order_id',
  'scan.startup.mode' = 'earliest-offset'
);
