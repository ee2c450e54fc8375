-- The raw format with two physical columns.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses INVALID_VALUE format
-- flink: refuses, saying "The 'raw' format only supports single physical column"
CREATE TABLE raw_with_two_columns (
  id BIGINT,
  line STRING
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'logs',
  'format' = 'raw',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE raw_with_two_columns (
  id BIGINT,
  line STRING
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'logs',
  'format' = 'raw',
  'scan.startup.mode' = 'earliest-offset'
);
