-- An upsert-kafka sink keyed by its PRIMARY KEY.
--
-- profiles: kafka-plain
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE upsert_kafka_sink (
  customer_id BIGINT,
  total DECIMAL(12, 2),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE upsert_kafka_sink (
  customer_id BIGINT,
  total DECIMAL(12, 2),
  PRIMARY KEY (customer_id) NOT ENFORCED
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
