-- A PostgreSQL upsert sink with a buffer.
--
-- profiles: none
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE jdbc_postgres_sink_buffer (
  id BIGINT,
  total DOUBLE,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'totals',
  'username' = 'writer',
  'password' = 'writer-secret',
  'sink.buffer-flush.max-rows' = '500',
  'sink.buffer-flush.interval' = '2 s',
  'sink.max-retries' = '5',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE jdbc_postgres_sink_buffer (
  id BIGINT,
  total DOUBLE,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db.internal:5432/shop',
  'table-name' = 'totals',
  'username' = 'writer',
  'password' = 'writer-secret',
  'sink.buffer-flush.max-rows' = '500',
  'sink.buffer-flush.interval' = '2 s',
  'sink.max-retries' = '5'
);
