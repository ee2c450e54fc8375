-- A table setting properties.bootstrap.servers, which its profile owns.
--
-- profiles: kafka-plain
-- sides: source
-- resolver: refuses OPTION_CONFLICT properties.bootstrap.servers
-- flink: not judged: a conflict between a table and its profile is our rule, not a Flink option
CREATE TABLE profile_key_in_table (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'properties.bootstrap.servers' = 'elsewhere:9092',
  'type' = 'source'
);
