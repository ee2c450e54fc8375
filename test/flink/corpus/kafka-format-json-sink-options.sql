-- json.* options of a sink.
--
-- profiles: kafka-local
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_format_json_sink_options (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'json.encode.ignore-null-fields' = 'true',
  'json.map-null-key.mode' = 'LITERAL',
  'json.map-null-key.literal' = 'null',
  'json.encode.decimal-as-plain-number' = 'true',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE kafka_format_json_sink_options (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'json.encode.ignore-null-fields' = 'true',
  'json.map-null-key.mode' = 'LITERAL',
  'json.map-null-key.literal' = 'null',
  'json.encode.decimal-as-plain-number' = 'true'
);
