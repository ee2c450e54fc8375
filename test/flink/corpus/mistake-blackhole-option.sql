-- blackhole has no sink.parallelism.
--
-- profiles: none
-- sides: sink
-- resolver: refuses UNKNOWN_OPTION sink.parallelism
-- flink: refuses sink.parallelism
CREATE TABLE blackhole_option (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'blackhole',
  'sink.parallelism' = '2',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE blackhole_option (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'blackhole',
  'sink.parallelism' = '2'
);
