-- A PostgreSQL upsert sink from a jdbc profile; no type, so both sides.
--
-- profiles: pg-shop
-- sides: source, sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE jdbc_profile_sink (
  customer_id BIGINT,
  total DOUBLE,
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'connection_profile' = 'pg-shop',
  'table-name' = 'customer_totals',
  'sink.buffer-flush.max-rows' = '200'
);

-- Flink sees:
CREATE TABLE jdbc_profile_sink (
  customer_id BIGINT,
  total DOUBLE,
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'username' = 'flink',
  'password' = 'pg-secret',
  'table-name' = 'customer_totals',
  'sink.buffer-flush.max-rows' = '200'
);
