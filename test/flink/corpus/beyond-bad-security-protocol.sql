-- properties.security.protocol = 'SASL_PLAINTXT'.
-- (Without a profile: with one, the table may not set the protocol at all, OPTION_CONFLICT.)
--
-- profiles: none
-- sides: sink
-- resolver: refuses INVALID_VALUE properties.security.protocol
-- flink: accepts; the resolver checks beyond Flink
CREATE TABLE bad_security_protocol (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'properties.security.protocol' = 'SASL_PLAINTXT',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE bad_security_protocol (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'properties.security.protocol' = 'SASL_PLAINTXT'
);
