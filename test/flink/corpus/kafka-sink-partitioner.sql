-- A sink with a round-robin partitioner and its own parallelism.
--
-- profiles: kafka-local
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_sink_partitioner (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-local',
  'topic' = 'orders-enriched',
  'format' = 'json',
  'sink.partitioner' = 'round-robin',
  'sink.parallelism' = '4',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE kafka_sink_partitioner (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'properties.bootstrap.servers' = 'broker-1:9092,broker-2:9092',
  'topic' = 'orders-enriched',
  'format' = 'json',
  'sink.partitioner' = 'round-robin',
  'sink.parallelism' = '4'
);
