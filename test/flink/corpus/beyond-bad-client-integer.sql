-- properties.max.poll.records = 'many'.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE properties.max.poll.records
-- flink: accepts; the resolver checks beyond Flink
CREATE TABLE bad_client_integer (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'properties.max.poll.records' = 'many',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE bad_client_integer (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'properties.max.poll.records' = 'many'
);
