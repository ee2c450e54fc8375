-- upsert-kafka always reads from the start: it has no scan.startup.mode.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses UNKNOWN_OPTION scan.startup.mode
-- flink: refuses scan.startup.mode
CREATE TABLE upsert_kafka_startup_mode (
  customer_id BIGINT,
  total DOUBLE,
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE upsert_kafka_startup_mode (
  customer_id BIGINT,
  total DOUBLE,
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'scan.startup.mode' = 'earliest-offset'
);
