import type { Admin, SASLOptions } from 'kafkajs';
import type { ConnectionOptions } from 'node:tls';
import { causeChain, reachSteps, TestFailure, type Endpoint, type TestContext } from '../../testing/index.js';

/**
 * How to reach a Kafka cluster for a live test: its bootstrap endpoints, TLS options
 * (undefined: plain TCP), SASL (undefined: none) and the words naming the identity for
 * the `authenticate` step's message.
 *
 * @example
 * ```ts
 * const cluster: KafkaCluster = { endpoints: [{ host: 'b-1', port: 9092 }], ssl: {}, sasl: { mechanism: 'plain', username: 'k', password: 's' }, identity: "'k' with PLAIN" };
 * ```
 */
export interface KafkaCluster {
  endpoints: readonly Endpoint[];
  ssl?: ConnectionOptions;
  sasl?: SASLOptions;
  identity?: string;
}

/**
 * A broker that hangs up without a word on a client that sets neither SASL nor TLS:
 * its listener wants what the profile lacks. (kafkajs only says "Closed connection".)
 */
function hungUpOnPlaintext(error: unknown, cluster: KafkaCluster): TestFailure | undefined {
  if (cluster.sasl || cluster.ssl) return undefined;
  const closed = causeChain(error).some(
    (e) => e.name === 'KafkaJSConnectionClosedError' || e.code === 'ECONNRESET' || /Closed connection/.test(e.message ?? ''),
  );
  if (!closed) return undefined;
  return new TestFailure(
    'auth',
    'the broker closed the connection without answering: its listener expects authentication (SASL) or TLS, and this profile sets neither',
    'set authentication (sasl_mechanism, username, password) and, for a SASL_SSL or SSL listener, authentication.protocol or tls',
  );
}

/**
 * The steps every Kafka-protocol test takes (Kafka, Confluent Cloud): `dns`, `connect`
 * (every bootstrap server, stopping at the first that refuses), `tls` where TLS is on,
 * `authenticate` and `metadata`. kafkajs runs with retries off and every timeout set to
 * what is left of the deadline; its admin client is disconnected when the test ends.
 * Returns that admin client for the table's steps.
 *
 * @example
 * ```ts
 * const admin = await kafkaClusterSteps(context, { endpoints, ssl: {}, sasl, identity: "'key' with PLAIN" });
 * ```
 */
export async function kafkaClusterSteps(context: TestContext, cluster: KafkaCluster): Promise<Admin> {
  const { endpoints, ssl, sasl } = cluster;
  await reachSteps(context, { endpoints, noun: 'broker', ...(ssl ? { tls: ssl } : {}) });
  const { Kafka, logLevel } = await import('kafkajs');
  const timeout = Math.max(100, context.remainingMs());
  const kafka = new Kafka({
    clientId: 'ddl-profiles-test',
    brokers: endpoints.map((e) => `${e.host}:${e.port}`),
    ...(ssl ? { ssl } : {}),
    ...(sasl ? { sasl } : {}),
    connectionTimeout: timeout,
    authenticationTimeout: timeout,
    requestTimeout: timeout,
    enforceRequestTimeout: true,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin({ retry: { retries: 0 } });
  context.defer(() => admin.disconnect());
  const explainPlaintextHangUp = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw hungUpOnPlaintext(error, cluster) ?? error;
    }
  };
  await context.step('authenticate', async () => {
    await explainPlaintextHangUp(() => admin.connect());
    return { message: sasl ? `authenticated as ${cluster.identity}` : 'connected without authentication', value: undefined };
  });
  await context.step('metadata', async () => {
    const described = await explainPlaintextHangUp(() => admin.describeCluster());
    const topics = await admin.listTopics();
    return {
      message: `${described.brokers.length} broker(s), controller ${described.controller}, ${topics.length} topic(s)`,
      value: undefined,
    };
  });
  return admin;
}

/**
 * A table's `topic` step: the topic exists (with its partition count); it is never created.
 *
 * @example
 * ```ts
 * await topicStep(context, admin, 'orders'); // "topic 'orders' has 3 partition(s)"
 * ```
 */
export async function topicStep(context: TestContext, admin: Admin, topic: string): Promise<void> {
  await context.step('topic', async () => {
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      return { message: `topic '${topic}' has ${topics[0].partitions.length} partition(s)`, value: undefined };
    } catch (error) {
      const type = (error as { type?: string }).type;
      if (type === 'UNKNOWN_TOPIC_OR_PARTITION')
        throw new TestFailure(
          'not_found',
          `topic '${topic}' does not exist`,
          'create the topic, or fix the table\u2019s topic; the test never creates it',
        );
      throw error;
    }
  });
}
