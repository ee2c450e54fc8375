-- A JDBC table without table-name.
--
-- profiles: none
-- sides: source
-- resolver: refuses MISSING_OPTION table-name
-- flink: refuses table-name
CREATE TABLE jdbc_without_table_name (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE jdbc_without_table_name (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop'
);
