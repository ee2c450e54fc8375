-- print.identifier, a typo of print-identifier.
--
-- profiles: none
-- sides: sink
-- resolver: refuses UNKNOWN_OPTION print.identifier
-- flink: refuses print.identifier
CREATE TABLE print_unknown_option (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'print',
  'print.identifier' = 'orders',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE print_unknown_option (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'print',
  'print.identifier' = 'orders'
);
