-- avro-confluent from a profile's schema registry: avro-confluent.url and its basic-auth keys.
--
-- profiles: kafka-registry
-- sides: source
-- resolver: accepts
-- flink: not judged: avro-confluent needs io.confluent's kafka-schema-registry-client, which only Confluent's Maven repository has (not reachable here)
CREATE TABLE format_avro_confluent (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-registry',
  'topic' = 'orders',
  'format' = 'avro-confluent',
  'scan.startup.mode' = 'earliest-offset',
  'type' = 'source'
);
