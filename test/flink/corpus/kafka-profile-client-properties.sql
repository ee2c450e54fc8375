-- The profile's other client properties become properties.* keys.
--
-- profiles: kafka-client-properties
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_profile_client_properties (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-client-properties',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE kafka_profile_client_properties (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092',
  'properties.client.id' = 'orders-pipeline',
  'properties.request.timeout.ms' = '45000',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
