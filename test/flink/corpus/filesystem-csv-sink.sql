-- A filesystem sink in csv with its writing options: a tab delimiter (Flink unescapes it), a null literal, an array delimiter.
--
-- profiles: none
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE filesystem_csv_sink (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/filesystem-csv-sink',
  'format' = 'csv',
  'csv.field-delimiter' = '\t',
  'csv.null-literal' = 'NULL',
  'csv.array-element-delimiter' = '|',
  'csv.write-bigdecimal-in-scientific-notation' = 'false',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE filesystem_csv_sink (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/filesystem-csv-sink',
  'format' = 'csv',
  'csv.field-delimiter' = '\t',
  'csv.null-literal' = 'NULL',
  'csv.array-element-delimiter' = '|',
  'csv.write-bigdecimal-in-scientific-notation' = 'false'
);
