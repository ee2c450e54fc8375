-- A print table with type = 'source'.
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE type
-- flink: refuses type, saying "Connector 'print' can only be used as a sink"
CREATE TABLE print_as_source (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'print',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE print_as_source (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'print'
);
