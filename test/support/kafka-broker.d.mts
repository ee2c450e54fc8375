/** The users the test broker knows, name to password (PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512). */
export const KAFKA_USERS: Record<string, string>;

/** A running Kafka broker started for a test run. */
export interface KafkaBroker {
  /** host:port of the PLAINTEXT listener. */
  plaintext: string;
  /** host:port of the SASL_PLAINTEXT listener (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512). */
  sasl: string;
  /** host:port of a SASL_PLAINTEXT listener that enables PLAIN only. */
  plainOnly: string;
  /** host:port of the SSL listener (server certificate only, no client certificate asked for). */
  ssl: string;
  /** host:port of the SASL_SSL listener (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 over TLS). */
  saslSsl: string;
  /** The PEM of the CA that signed the TLS listeners' certificate, and its file. */
  ca: string;
  caFile: string;
  createTopic(topic: string, partitions?: number): Promise<void>;
  listTopics(): Promise<string[]>;
  stop(): Promise<void>;
}

/** Where the broker's jars are cached. */
export function kafkaLibDir(): string;
/** Resolves the broker's jars from Maven Central into the cache, once. */
export function ensureKafkaJars(): Promise<string>;
/** Starts a real Kafka broker in KRaft mode on free loopback ports. */
export function startKafka(): Promise<KafkaBroker>;
