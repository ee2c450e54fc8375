-- Mutual TLS: the CA, and the client's certificate and PKCS#8 key as a PEM keystore.
--
-- profiles: kafka-mtls
-- sides: sink
-- resolver: accepts
-- flink: accepts
CREATE TABLE kafka_auth_mutual_tls (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'connection_profile' = 'kafka-mtls',
  'topic' = 'orders-enriched',
  'format' = 'json',
  'type' = 'sink'
);

-- Flink sees:
CREATE TABLE kafka_auth_mutual_tls (
  order_id BIGINT,
  customer_id BIGINT,
  amount DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
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
  'properties.ssl.keystore.type' = 'PEM',
  'properties.ssl.keystore.certificate.chain' = '-----BEGIN CERTIFICATE-----
MIIBIzCBygIUf9JG6o7A4URMrbKAbpGG5Z/T/HUwCgYIKoZIzj0EAwIwFDESMBAG
A1UEAwwJY29ycHVzLWNhMB4XDTI2MTIwNzAyMTE1OFoXDTM2MTIwNDAyMTE1OFow
FTETMBEGA1UEAwwKb3JkZXJzLWFwcDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IA
BNV0g1SwRGUyBfvSOtZABr3yr3YxfXdn3YMttzBxsvyzPpClNwuGAlgMTBTPSMOl
AJ/4tcJ6GOdBdAu2lIQqrDYwCgYIKoZIzj0EAwIDSAAwRQIgNIYxCz5QakZrQAHq
9pEL+z/DqSs763MgyghN+YLl4TECIQDutVh8jVvTB63pjEDFT8GDp6e4JkR64dgz
pNflbaACBw==
-----END CERTIFICATE-----',
  'properties.ssl.keystore.key' = '-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgypsAw5L7AWplqhkq
ElHTI0PcTipHwAJECBi+2bcHW9GhRANCAATVdINUsERlMgX70jrWQAa98q92MX13
Z92DLbcwcbL8sz6QpTcLhgJYDEwUz0jDpQCf+LXCehjnQXQLtpSEKqw2
-----END PRIVATE KEY-----',
  'topic' = 'orders-enriched',
  'format' = 'json'
);
