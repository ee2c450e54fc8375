-- blackhole takes no options.
--
-- profiles: none
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE blackhole_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'blackhole',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE blackhole_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'blackhole'
);
