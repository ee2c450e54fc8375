-- A csv quote character on a table that turns quoting off.
--
-- profiles: none
-- sides: source
-- resolver: refuses INVALID_VALUE csv.quote-character
-- flink: refuses csv.quote-character, saying "Format cannot define a quote character and disabled quote character"
CREATE TABLE mistake_csv_quote_character_and_no_quoting (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/mistake-csv-quote-character-and-no-quoting',
  'format' = 'csv',
  'csv.disable-quote-character' = 'true',
  'csv.quote-character' = 'x',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE mistake_csv_quote_character_and_no_quoting (
  event_id STRING,
  user_id BIGINT,
  action STRING,
  ts TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/mistake-csv-quote-character-and-no-quoting',
  'format' = 'csv',
  'csv.disable-quote-character' = 'true',
  'csv.quote-character' = 'x'
);
