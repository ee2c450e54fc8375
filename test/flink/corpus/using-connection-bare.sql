-- USING CONNECTION with a bare name, a SCRAM-SHA-512 profile.
--
-- profiles: prod_kafka
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE using_connection_bare (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) USING CONNECTION prod_kafka WITH (
  'connector' = 'kafka',
  'topic' = 'orders-enriched',
  'format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE using_connection_bare (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'prod-1:9094,prod-2:9094,prod-3:9094',
  'properties.security.protocol' = 'SASL_PLAINTEXT',
  'properties.sasl.mechanism' = 'SCRAM-SHA-512',
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="etl" password="prod-secret";',
  'topic' = 'orders-enriched',
  'format' = 'json'
);
