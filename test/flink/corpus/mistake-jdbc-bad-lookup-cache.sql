-- lookup.cache = 'LRU' (Flink's are NONE, PARTIAL, FULL).
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE lookup.cache
-- flink: refuses lookup.cache
CREATE TABLE jdbc_bad_lookup_cache (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'customers',
  'lookup.cache' = 'LRU',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE jdbc_bad_lookup_cache (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'customers',
  'lookup.cache' = 'LRU'
);
