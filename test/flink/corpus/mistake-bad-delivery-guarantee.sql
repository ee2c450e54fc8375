-- sink.delivery-guarantee = 'exactly_once' (an underscore).
--
-- profiles: kafka-local
-- sides: sink
-- resolver: refuses INVALID_VALUE sink.delivery-guarantee
-- flink: refuses sink.delivery-guarantee
CREATE TABLE bad_delivery_guarantee (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'sink.delivery-guarantee' = 'exactly_once',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE bad_delivery_guarantee (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'sink.delivery-guarantee' = 'exactly_once'
);
