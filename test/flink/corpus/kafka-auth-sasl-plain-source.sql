-- SASL/PLAIN over plain TCP: security.protocol, sasl.mechanism and a PlainLoginModule JAAS line.
--
-- profiles: kafka-plain
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_auth_sasl_plain_source (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_auth_sasl_plain_source (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9093',
  'properties.security.protocol' = 'SASL_PLAINTEXT',
  'properties.sasl.mechanism' = 'PLAIN',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="orders-app" password="plain-secret";',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
