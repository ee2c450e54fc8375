-- A partitioned filesystem sink with a rolling policy and a success file.
--
-- profiles: none
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE filesystem_partitioned_sink (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3),
  dt STRING
) PARTITIONED BY (dt) WITH (
  'connector' = 'filesystem',
  'path' = 's3://lake/events',
  'format' = 'json',
  'sink.rolling-policy.file-size' = '128 mb',
  'sink.rolling-policy.rollover-interval' = '15 min',
  'sink.partition-commit.policy.kind' = 'success-file',
  'sink.partition-commit.delay' = '1 h',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE filesystem_partitioned_sink (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3),
  dt STRING
) PARTITIONED BY (dt) WITH (
  'connector' = 'filesystem',
  'path' = 's3://lake/events',
  'format' = 'json',
  'sink.rolling-policy.file-size' = '128 mb',
  'sink.rolling-policy.rollover-interval' = '15 min',
  'sink.partition-commit.policy.kind' = 'success-file',
  'sink.partition-commit.delay' = '1 h'
);
