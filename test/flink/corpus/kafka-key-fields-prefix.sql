-- Key columns with a prefix (k_), which Flink allows only with EXCEPT_KEY.
--
-- profiles: kafka-local
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_key_fields_prefix (
  k_order_id BIGINT,
  amount DOUBLE
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'key.format' = 'json',
  'key.fields' = 'k_order_id',
  'key.fields-prefix' = 'k_',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE kafka_key_fields_prefix (
  k_order_id BIGINT,
  amount DOUBLE
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'key.format' = 'json',
  'key.fields' = 'k_order_id',
  'key.fields-prefix' = 'k_',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY'
);
