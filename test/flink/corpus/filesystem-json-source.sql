-- A filesystem source in json, watching its folder for new files.
--
-- profiles: none
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE filesystem_json_source (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/events',
  'format' = 'json',
  'source.monitor-interval' = '10 s',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE filesystem_json_source (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/events',
  'format' = 'json',
  'source.monitor-interval' = '10 s'
);
