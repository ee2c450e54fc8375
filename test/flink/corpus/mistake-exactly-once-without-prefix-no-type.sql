-- The same with no type: Flink refuses it as a sink, so the resolver must too.
--
-- profiles: kafka-scram-512
-- sides: source, sink
-- resolver: refuses MISSING_OPTION sink.transactional-id-prefix
-- flink: refuses sink.transactional-id-prefix
CREATE TABLE exactly_once_without_prefix_no_type (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-scram-512',
  'topic' = 'invoices',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'sink.delivery-guarantee' = 'exactly-once'
);

-- Flink sees:
CREATE TABLE exactly_once_without_prefix_no_type (
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
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'sink.delivery-guarantee' = 'exactly-once'
);
