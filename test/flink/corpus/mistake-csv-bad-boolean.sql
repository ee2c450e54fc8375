-- csv.allow-comments = 'yes': Flink takes true or false.
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE csv.allow-comments
-- flink: refuses csv.allow-comments
CREATE TABLE mistake_csv_bad_boolean (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/mistake-csv-bad-boolean',
  'format' = 'csv',
  'csv.allow-comments' = 'yes',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE mistake_csv_bad_boolean (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/mistake-csv-bad-boolean',
  'format' = 'csv',
  'csv.allow-comments' = 'yes'
);
