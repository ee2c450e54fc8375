-- A MySQL URL: the judge, like the resolver, has only the PostgreSQL JDBC dialect.
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE url
-- flink: refuses url
CREATE TABLE jdbc_not_postgres (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://db.internal:3306/shop',
  'table-name' = 'customers',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE jdbc_not_postgres (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://db.internal:3306/shop',
  'table-name' = 'customers'
);
