-- key.fields naming a column the table does not have.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE key.fields
-- flink: refuses key.fields, saying "Could not find the field 'orderid' in the table schema for usage in the key format"
CREATE TABLE key_fields_not_a_column (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'key.format' = 'json',
  'key.fields' = 'orderid',
  'value.format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE key_fields_not_a_column (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'key.format' = 'json',
  'key.fields' = 'orderid',
  'value.format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
