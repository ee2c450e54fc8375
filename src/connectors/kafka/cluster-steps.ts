import type { Admin } from 'kafkajs';
import { causeChain, reachSteps, TestFailure, type TestContext } from '../../testing/index.js';
import { boundedAdmin, type KafkaCluster } from './admin-client.js';
import { type SchemaRegistry, schemaRegistryStep, subjectOf, subjectStep } from './schema-registry-steps.js';
import type { KafkaTableConfig } from './table-schema.js';

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
  const admin = await boundedAdmin(cluster, context.remainingMs(), 'ddl-profiles-test');
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

/**
 * A whole Kafka-protocol live test (Kafka, Confluent Cloud): {@link kafkaClusterSteps},
 * then for a table its `topic`, then with a schema registry `schema_registry`, and
 * `subject` for a table whose format reads its schema from the registry.
 *
 * @example
 * ```ts
 * await kafkaProtocolSteps(context, kafkaClusterOf(profile), table, profile.schema_registry);
 * ```
 */
export async function kafkaProtocolSteps(
  context: TestContext,
  cluster: KafkaCluster,
  table: KafkaTableConfig | undefined,
  registry: SchemaRegistry | undefined,
): Promise<void> {
  const admin = await kafkaClusterSteps(context, cluster);
  if (table) await topicStep(context, admin, table.topic);
  if (registry) {
    await schemaRegistryStep(context, registry);
    const subject = table ? subjectOf(table) : undefined;
    if (subject) await subjectStep(context, registry, subject);
  }
}
