-- upsert-kafka read as a changelog.
--
-- profiles: kafka-tls-ca
-- sides: source
-- resolver: accepts
-- flink: accepts
CREATE TABLE upsert_kafka_source (
  customer_id BIGINT,
  total DECIMAL(12, 2),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'connection_profile' = 'kafka-tls-ca',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY',
  'type' = 'source'
);

-- Flink sees:
CREATE TABLE upsert_kafka_source (
  customer_id BIGINT,
  total DECIMAL(12, 2),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'properties.bootstrap.servers' = 'broker-1:9095',
  'properties.security.protocol' = 'SSL',
  'properties.ssl.truststore.type' = 'PEM',
  'properties.ssl.truststore.certificates' = '-----BEGIN CERTIFICATE-----
MIIBfTCCASOgAwIBAgIURMTAzFbD4QI78VRSV6l/FChTeg4wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJY29ycHVzLWNhMB4XDTI2MTIwNzAyMTE1OFoXDTM2MTIwNDAy
MTE1OFowFDESMBAGA1UEAwwJY29ycHVzLWNhMFkwEwYHKoZIzj0CAQYIKoZIzj0D
AQcDQgAEdyDit7yStDiEuuVNu+c0cBNFROFgEmEItbTLj8uuSZrxwjySjKH5azs9
J+g+hOVrlmETAxh7mWMe3HUQcaA3saNTMFEwHQYDVR0OBBYEFIPhVJkTboD1LJiA
tZncUAQmcjNRMB8GA1UdIwQYMBaAFIPhVJkTboD1LJiAtZncUAQmcjNRMA8GA1Ud
EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgWCgu1QXIx66icFsA4a3hrvjK
7ID++i+0K4LVYkUUzHoCIQD8OiaH8YngveobnwIT5mO3JCluKSZ34YhuF3due5Rt
Kg==
-----END CERTIFICATE-----',
  'topic' = 'customer-totals',
  'key.format' = 'json',
  'value.format' = 'json',
  'value.fields-include' = 'EXCEPT_KEY'
);
