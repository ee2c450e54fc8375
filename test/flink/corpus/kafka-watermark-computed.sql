-- A computed column and a watermark.
--
-- profiles: kafka-plain
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_watermark_computed (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3),
  event_day AS CAST(ts AS DATE),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'events',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_watermark_computed (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3),
  event_day AS CAST(ts AS DATE),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9093',
  'properties.security.protocol' = 'SASL_PLAINTEXT',
  'properties.sasl.mechanism' = 'PLAIN',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="orders-app" password="plain-secret";',
  'topic' = 'events',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
