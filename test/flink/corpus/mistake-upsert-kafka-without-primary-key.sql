-- upsert-kafka without a PRIMARY KEY.
--
-- profiles: kafka-plain
-- sides: sink
-- resolver: refuses INVALID_COLUMN
-- flink: refuses, saying "'upsert-kafka' tables require to define a PRIMARY KEY constraint"
CREATE TABLE upsert_kafka_without_primary_key (
  customer_id BIGINT,
  total DOUBLE
) WITH (
  'connector' = 'upsert-kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE upsert_kafka_without_primary_key (
  customer_id BIGINT,
  total DOUBLE
) WITH (
  'connector' = 'upsert-kafka',
  'properties.bootstrap.servers' = 'broker-1:9093',
  'properties.security.protocol' = 'SASL_PLAINTEXT',
  'properties.sasl.mechanism' = 'PLAIN',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="orders-app" password="plain-secret";',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json'
);
