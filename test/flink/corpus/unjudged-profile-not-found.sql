-- A profile nobody stored.
--
-- profiles: kafka-nowhere
-- sides: source
-- resolver: refuses PROFILE_NOT_FOUND connection_profile
-- flink: not judged: the profile does not exist, so there is nothing to inline
CREATE TABLE profile_not_found (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-nowhere',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);
