-- Metadata columns: the record's timestamp (written), and partition and offset (virtual, read
-- only).
--
-- profiles: kafka-local
-- sides: source, sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_metadata_columns (
  order_id BIGINT,
  amount DOUBLE,
  event_time TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  part INT METADATA FROM 'partition' VIRTUAL,
  off BIGINT METADATA FROM 'offset' VIRTUAL
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);

-- Flink sees:
CREATE TABLE kafka_metadata_columns (
  order_id BIGINT,
  amount DOUBLE,
  event_time TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  part INT METADATA FROM 'partition' VIRTUAL,
  off BIGINT METADATA FROM 'offset' VIRTUAL
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
