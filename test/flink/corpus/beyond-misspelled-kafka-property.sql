-- properties.sasl.mechansim: Flink passes properties.* to the Kafka client unchecked.
--
-- profiles: kafka-local
-- sides: source
-- resolver: refuses UNKNOWN_OPTION properties.sasl.mechansim
-- flink: accepts; the resolver checks beyond Flink
CREATE TABLE misspelled_kafka_property (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'properties.sasl.mechansim' = 'PLAIN',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE misspelled_kafka_property (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders',
  'format' = 'json',
  'scan.startup.mode' = 'earliest-offset',
  'properties.sasl.mechansim' = 'PLAIN'
);
