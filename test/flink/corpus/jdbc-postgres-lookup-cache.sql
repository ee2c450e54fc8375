-- A PostgreSQL lookup table with a partial cache.
--
-- profiles: none
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE jdbc_postgres_lookup_cache (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop?sslmode=require',
  'table-name' = 'customers',
  'lookup.cache' = 'PARTIAL',
  'lookup.partial-cache.max-rows' = '10000',
  'lookup.partial-cache.expire-after-write' = '10 min',
  'lookup.max-retries' = '5',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE jdbc_postgres_lookup_cache (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop?sslmode=require',
  'table-name' = 'customers',
  'lookup.cache' = 'PARTIAL',
  'lookup.partial-cache.max-rows' = '10000',
  'lookup.partial-cache.expire-after-write' = '10 min',
  'lookup.max-retries' = '5'
);
