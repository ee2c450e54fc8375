-- USING CONNECTION on an upsert-kafka table.
--
-- profiles: kafka-scram-256
-- sides: source, sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE using_connection_upsert_kafka (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3),
  PRIMARY KEY (order_id) NOT ENFORCED
) USING CONNECTION `kafka-scram-256` WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'order-totals',
  'key.format' = 'json',
  'value.format' = 'json'
);

-- Flink sees:
CREATE TABLE using_connection_upsert_kafka (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3),
  PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'properties.bootstrap.servers' = 'broker-1:9094',
  'properties.security.protocol' = 'SASL_PLAINTEXT',
  'properties.sasl.mechanism' = 'SCRAM-SHA-256',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="analytics" password="scram-256-secret";',
  'topic' = 'order-totals',
  'key.format' = 'json',
  'value.format' = 'json'
);
