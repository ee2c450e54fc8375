-- upsert-kafka without key.format.
--
-- profiles: kafka-plain
-- sides: sink
-- resolver: refuses MISSING_OPTION key.format
-- flink: refuses key.format
CREATE TABLE upsert_kafka_without_key_format (
  customer_id BIGINT,
  total DOUBLE,
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'customer-totals',
  'value.format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE upsert_kafka_without_key_format (
  customer_id BIGINT,
  total DOUBLE,
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'properties.bootstrap.servers' = 'broker-1:9093',
  'properties.security.protocol' = 'SASL_PLAINTEXT',
  'properties.sasl.mechanism' = 'PLAIN',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="orders-app" password="plain-secret";',
  'topic' = 'customer-totals',
  'value.format' = 'json'
);
