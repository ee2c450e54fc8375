-- Both format and value.format: Flink plans it, and one of the two is silently ignored.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE value.format
-- flink: accepts; the resolver checks beyond Flink
CREATE TABLE format_and_value_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'value.format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE format_and_value_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'value.format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
