-- A PostgreSQL table whose URL and credentials come from a jdbc profile.
--
-- profiles: pg-shop
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE jdbc_profile_source (
  id BIGINT,
  name STRING,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'connection_profile' = 'pg-shop',
  'table-name' = 'customers',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE jdbc_profile_source (
  id BIGINT,
  name STRING,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'username' = 'flink',
  'password' = 'pg-secret',
  'table-name' = 'customers'
);
