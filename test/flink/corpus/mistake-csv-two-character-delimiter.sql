-- A csv field delimiter of two characters: Flink takes one.
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE csv.field-delimiter
-- flink: refuses csv.field-delimiter
CREATE TABLE mistake_csv_two_character_delimiter (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/mistake-csv-two-character-delimiter',
  'format' = 'csv',
  'csv.field-delimiter' = ';;',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE mistake_csv_two_character_delimiter (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/mistake-csv-two-character-delimiter',
  'format' = 'csv',
  'csv.field-delimiter' = ';;'
);
