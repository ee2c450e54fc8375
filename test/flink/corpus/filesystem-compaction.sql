-- A filesystem sink that compacts small files; no type, so both sides.
--
-- profiles: none
-- sides: source, sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE filesystem_compaction (
  line STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/compacted',
  'format' = 'raw',
  'auto-compaction' = 'true',
  'compaction.file-size' = '64mb'
);

-- Flink sees:
CREATE TABLE filesystem_compaction (
  line STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'file:///data/compacted',
  'format' = 'raw',
  'auto-compaction' = 'true',
  'compaction.file-size' = '64mb'
);
