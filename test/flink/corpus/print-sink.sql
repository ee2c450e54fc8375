-- print, with an identifier, to standard error.
--
-- profiles: none
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE print_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'print',
  'print-identifier' = 'orders',
  'standard-error' = 'true',
  'sink.parallelism' = '1',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE print_sink (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'print',
  'print-identifier' = 'orders',
  'standard-error' = 'true',
  'sink.parallelism' = '1'
);
