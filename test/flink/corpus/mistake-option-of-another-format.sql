-- A csv.* option on a json table.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses UNKNOWN_OPTION csv.field-delimiter
-- flink: refuses csv.field-delimiter
CREATE TABLE option_of_another_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'csv.field-delimiter' = ';',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE option_of_another_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'csv.field-delimiter' = ';',
  'scan.startup.mode' = 'earliest-offset'
);
