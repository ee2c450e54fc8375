-- A table adds Kafka client properties of its own, beside a SASL profile's.
--
-- profiles: kafka-plain
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_table_client_properties (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'orders',
  'format' = 'json',
  'properties.group.id' = 'orders-reader',
  'properties.max.poll.records' = '500',
  'properties.auto.offset.reset' = 'earliest',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_table_client_properties (
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
  'properties.group.id' = 'orders-reader',
  'properties.max.poll.records' = '500',
  'properties.auto.offset.reset' = 'earliest'
);
