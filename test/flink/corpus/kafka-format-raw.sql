-- The raw format: one STRING column, with a charset.
--
-- profiles: kafka-local
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_format_raw (
  line STRING
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'logs',
  'format' = 'raw',
  'raw.charset' = 'UTF-8',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_format_raw (
  line STRING
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'logs',
  'format' = 'raw',
  'raw.charset' = 'UTF-8',
  'scan.startup.mode' = 'earliest-offset'
);
