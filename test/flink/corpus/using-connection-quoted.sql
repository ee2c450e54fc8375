-- FLIP-529's USING CONNECTION names the profile (a quoted name); the clause is not in what Flink
-- sees.
--
-- profiles: kafka-plain
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE using_connection_quoted (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) USING CONNECTION `kafka-plain` WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE using_connection_quoted (
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
