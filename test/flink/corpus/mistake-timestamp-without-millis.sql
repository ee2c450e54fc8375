-- timestamp mode without scan.startup.timestamp-millis.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses MISSING_OPTION scan.startup.timestamp-millis
-- flink: refuses scan.startup.timestamp-millis
CREATE TABLE timestamp_without_millis (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'timestamp',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE timestamp_without_millis (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'timestamp'
);
