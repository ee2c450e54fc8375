-- A duration unit Flink does not know, '2 mins'.
--
-- profiles: none
-- sides: sink
-- resolver: refuses INVALID_VALUE sink.rolling-policy.rollover-interval
-- flink: refuses sink.rolling-policy.rollover-interval
CREATE TABLE bad_duration_unit (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/out',
  'format' = 'json',
  'sink.rolling-policy.rollover-interval' = '2 mins',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE bad_duration_unit (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/out',
  'format' = 'json',
  'sink.rolling-policy.rollover-interval' = '2 mins'
);
