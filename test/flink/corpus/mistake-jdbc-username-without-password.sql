-- A user name without a password.
--
-- profiles: none
-- sides: source
-- resolver: refuses MISSING_OPTION password
-- flink: refuses password
CREATE TABLE jdbc_username_without_password (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'customers',
  'username' = 'reader',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE jdbc_username_without_password (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'customers',
  'username' = 'reader'
);
