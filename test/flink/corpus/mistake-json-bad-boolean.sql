-- json.fail-on-missing-field = 'maybe'.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE json.fail-on-missing-field
-- flink: refuses json.fail-on-missing-field
CREATE TABLE json_bad_boolean (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'json.fail-on-missing-field' = 'maybe',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE json_bad_boolean (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'json.fail-on-missing-field' = 'maybe',
  'scan.startup.mode' = 'earliest-offset'
);
