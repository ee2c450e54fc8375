-- Start from the committed offsets of a consumer group.
--
-- profiles: kafka-scram-256
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_startup_group_offsets (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-scram-256',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'group-offsets',
  'properties.group.id' = 'orders-reader',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_startup_group_offsets (
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
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'group-offsets',
  'properties.group.id' = 'orders-reader'
);
