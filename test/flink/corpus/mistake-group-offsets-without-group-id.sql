-- group-offsets mode, written out, without properties.group.id.
--
-- profiles: kafka-plain
-- sides: source
-- resolver: refuses MISSING_OPTION properties.group.id
-- flink: refuses properties.group.id
CREATE TABLE group_offsets_without_group_id (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-plain',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'group-offsets',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE group_offsets_without_group_id (
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
  'scan.startup.mode' = 'group-offsets'
);
