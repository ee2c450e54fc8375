-- SCRAM-SHA-256 over plain TCP: a ScramLoginModule JAAS line.
--
-- profiles: kafka-scram-256
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_auth_scram_sha_256 (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-scram-256',
  'topic' = 'clicks',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_auth_scram_sha_256 (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9094',
  'properties.security.protocol' = 'SASL_PLAINTEXT',
  'properties.sasl.mechanism' = 'SCRAM-SHA-256',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="analytics" password="scram-256-secret";',
  'topic' = 'clicks',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
