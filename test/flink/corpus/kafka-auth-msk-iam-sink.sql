-- AWS MSK IAM, written to.
--
-- profiles: kafka-msk-iam
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_auth_msk_iam_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-msk-iam',
  'topic' = 'orders-enriched',
  'format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE kafka_auth_msk_iam_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'b-1.orders.kafka.eu-west-1.amazonaws.com:9098',
  'properties.security.protocol' = 'SASL_SSL',
  'properties.sasl.mechanism' = 'AWS_MSK_IAM',
  'properties.sasl.jaas.config' = 'software.amazon.msk.auth.iam.IAMLoginModule required;',
  'properties.sasl.client.callback.handler.class' = 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
  'topic' = 'orders-enriched',
  'format' = 'json'
);
