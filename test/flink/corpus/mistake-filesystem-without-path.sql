-- A filesystem table without a path.
--
-- profiles: none
-- sides: sink
-- resolver: refuses MISSING_OPTION path
-- flink: refuses path
CREATE TABLE filesystem_without_path (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE filesystem_without_path (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'format' = 'json'
);
