-- A filesystem table without a format.
--
-- profiles: none
-- sides: source
-- resolver: refuses MISSING_OPTION format
-- flink: refuses format
CREATE TABLE filesystem_without_format (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/events',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE filesystem_without_format (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/events'
);
