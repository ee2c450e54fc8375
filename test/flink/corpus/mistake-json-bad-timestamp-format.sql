-- json.timestamp-format.standard = 'ISO' (Flink's values are SQL and ISO-8601).
--
-- profiles: kafka-local
-- sides: sink
-- resolver: refuses INVALID_VALUE json.timestamp-format.standard
-- flink: refuses json.timestamp-format.standard
CREATE TABLE json_bad_timestamp_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'json.timestamp-format.standard' = 'ISO',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE json_bad_timestamp_format (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'json.timestamp-format.standard' = 'ISO'
);
