-- A jdbc table naming a kafka profile.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses CONNECTOR_MISMATCH connector
-- flink: not judged: a kafka profile has nothing a jdbc table could inline
CREATE TABLE connector_mismatch (
  id BIGINT
) WITH (
  'connector' = 'jdbc',
  'connection_profile' = 'kafka-local',
  'table-name' = 'customers',
  'type' = 'source'
);
