-- key.fields-prefix while value.fields-include is ALL (the default).
--
-- profiles: kafka-local
-- sides: sink
-- resolver: refuses MISSING_OPTION value.fields-include
-- flink: refuses value.fields-include
CREATE TABLE key_prefix_with_all_fields (
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
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE key_prefix_with_all_fields (
  k_order_id BIGINT,
  amount DOUBLE
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'key.format' = 'json',
  'key.fields' = 'k_order_id',
  'key.fields-prefix' = 'k_',
  'value.format' = 'json'
);
