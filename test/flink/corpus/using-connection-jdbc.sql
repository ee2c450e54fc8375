-- USING CONNECTION names a jdbc profile whose URL has parameters and whose password has a quote.
--
-- profiles: pg_analytics
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE using_connection_jdbc (
  id BIGINT,
  name STRING
) USING CONNECTION pg_analytics WITH (
  'connector' = 'jdbc',
  'table-name' = 'daily_orders',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE using_connection_jdbc (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://analytics.internal/warehouse?sslmode=verify-full',
  'username' = 'loader',
  'password' = 'pa''ss',
  'table-name' = 'daily_orders'
);
