-- An upsert-kafka sink buffering writes.
--
-- profiles: kafka-msk-iam
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE upsert_kafka_buffer_flush (
  customer_id BIGINT,
  total DECIMAL(12, 2),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'connection_profile' = 'kafka-msk-iam',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'sink.buffer-flush.max-rows' = '1000',
  'sink.buffer-flush.interval' = '1 s',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE upsert_kafka_buffer_flush (
  customer_id BIGINT,
  total DECIMAL(12, 2),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'properties.bootstrap.servers' = 'b-1.orders.kafka.eu-west-1.amazonaws.com:9098',
  'properties.security.protocol' = 'SASL_SSL',
  'properties.sasl.mechanism' = 'AWS_MSK_IAM',
  'properties.sasl.jaas.config' = 'software.amazon.msk.auth.iam.IAMLoginModule required;',
  'properties.sasl.client.callback.handler.class' = 'software.amazon.msk.auth.iam.IAMClientCallbackHandler',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'sink.buffer-flush.max-rows' = '1000',
  'sink.buffer-flush.interval' = '1 s'
);
