-- SCRAM-SHA-512 over TLS (SASL_SSL), trusting the system CAs.
--
-- profiles: kafka-scram-512
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_auth_scram_sha_512 (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-scram-512',
  'topic' = 'invoices',
  'format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE kafka_auth_scram_sha_512 (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9096',
  'properties.security.protocol' = 'SASL_SSL',
  'properties.sasl.mechanism' = 'SCRAM-SHA-512',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="billing" password="scram-512-secret";',
  'topic' = 'invoices',
  'format' = 'json'
);
