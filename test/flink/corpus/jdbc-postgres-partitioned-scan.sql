-- A PostgreSQL source read in parallel by ranges of a column.
--
-- profiles: none
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE jdbc_postgres_partitioned_scan (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'orders',
  'scan.partition.column' = 'id',
  'scan.partition.num' = '8',
  'scan.partition.lower-bound' = '0',
  'scan.partition.upper-bound' = '1000000',
  'scan.fetch-size' = '1000',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE jdbc_postgres_partitioned_scan (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'orders',
  'scan.partition.column' = 'id',
  'scan.partition.num' = '8',
  'scan.partition.lower-bound' = '0',
  'scan.partition.upper-bound' = '1000000',
  'scan.fetch-size' = '1000'
);
