-- A JDBC table on PostgreSQL, URL and credentials inline.
--
-- profiles: none
-- sides: source, sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE jdbc_postgres_source (
  id BIGINT,
  name STRING,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'public.customers',
  'username' = 'reader',
  'password' = 'reader-secret'
);

-- Flink sees:
CREATE TABLE jdbc_postgres_source (
  id BIGINT,
  name STRING,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'public.customers',
  'username' = 'reader',
  'password' = 'reader-secret'
);
