import { causeChain, hintFor, parseEndpoint, probeTcp, probeTls, resolveHosts, TestFailure, type ConnectorTester } from '../../testing/index.js';
import { kafkaAdmin, kafkaSasl, kafkaTls } from './admin-client.js';
import { kafkaAuthenticationType, type KafkaProfileConfig } from './profile-schema.js';
import type { KafkaTableConfig } from './table-schema.js';

/**
 * A broker that hangs up without a word on a profile that sets neither SASL nor TLS:
 * its listener wants what the profile lacks. (kafkajs only says "Closed connection".)
 */
function hungUpOnPlaintext(error: unknown, profile: KafkaProfileConfig): TestFailure | undefined {
  if (kafkaSasl(profile.authentication) || kafkaTls(profile)) return undefined;
  const closed = causeChain(error).some((e) => e.name === 'KafkaJSConnectionClosedError' || e.code === 'ECONNRESET' || /Closed connection/.test(e.message ?? ''));
  if (!closed) return undefined;
  return new TestFailure(
    'auth',
    'the broker closed the connection without answering: its listener expects authentication (SASL) or TLS, and this profile sets neither',
    'set authentication (sasl_mechanism, username, password) and, for a SASL_SSL or SSL listener, authentication.protocol or tls',
  );
}

/**
 * Tests a Kafka profile, or a table, against the live cluster with kafkajs: `dns`,
 * `connect`, `tls` (where configured), `authenticate` (SASL PLAIN or SCRAM), `metadata`
 * (brokers, controller, topic count), `topic` for a table (exists, partitions; never
 * created) and `schema_registry` where set. Retries are off and every timeout follows
 * the test's deadline.
 *
 * @example
 * ```ts
 * await runConnectorTest('kafka', kafkaTester, { profile: { bootstrap_servers: '127.0.0.1:9092' }, secrets: [] });
 * ```
 */
export const kafkaTester: ConnectorTester<KafkaProfileConfig, KafkaTableConfig> = async ({ profile, table }, context) => {
  // IAM whether named (`type: 'aws_msk_iam'`) or implied by `region`: never tested unauthenticated.
  if (kafkaAuthenticationType(profile.authentication) === 'aws_msk_iam') {
    await context.step('config', async () => {
      throw new TestFailure(
        'config',
        'AWS MSK IAM authentication cannot be tested here: kafkajs has no IAM mechanism built in, and a test without it would prove nothing',
        'test the cluster from a client with AWS credentials (for example the AWS CLI: aws kafka get-bootstrap-brokers), or give this profile SASL/SCRAM credentials to test',
      );
    });
  }
  const endpoints = profile.bootstrap_servers.split(',').map((s) => parseEndpoint(s));
  await context.step('dns', async () => {
    const addresses = await resolveHosts(endpoints.map((e) => e.host));
    return { message: `resolved ${endpoints.length} broker address(es) to ${addresses.join(', ')}`, value: undefined };
  });
  const reachable = await context.step('connect', async (signal) => {
    const errors: unknown[] = [];
    for (const endpoint of endpoints) {
      try {
        await probeTcp(endpoint, signal);
        return { message: `TCP connection to ${endpoint.host}:${endpoint.port} accepted`, value: endpoint };
      } catch (error) {
        if (signal.aborted) throw error;
        errors.push(error);
      }
    }
    throw errors.length === 1 ? errors[0] : new AggregateError(errors, 'no bootstrap server accepted a connection');
  });
  const ssl = kafkaTls(profile);
  if (ssl) {
    await context.step('tls', async (signal) => {
      await probeTls(reachable, ssl, signal);
      return { message: `TLS handshake with ${reachable.host}:${reachable.port} completed`, value: undefined };
    });
  }
  const admin = await kafkaAdmin(profile, context.remainingMs());
  context.defer(() => admin.disconnect());
  const plainly = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw hungUpOnPlaintext(error, profile) ?? error;
    }
  };
  await context.step('authenticate', async () => {
    await plainly(() => admin.connect());
    const sasl = kafkaSasl(profile.authentication);
    return { message: sasl ? `authenticated as '${profile.authentication?.username}' with ${profile.authentication?.sasl_mechanism}` : 'connected without authentication', value: undefined };
  });
  await context.step('metadata', async () => {
    const cluster = await plainly(() => admin.describeCluster());
    const topics = await admin.listTopics();
    return { message: `${cluster.brokers.length} broker(s), controller ${cluster.controller}, ${topics.length} topic(s)`, value: undefined };
  });
  if (table) {
    await context.step('topic', async () => {
      try {
        const { topics } = await admin.fetchTopicMetadata({ topics: [table.topic] });
        return { message: `topic '${table.topic}' has ${topics[0].partitions.length} partition(s)`, value: undefined };
      } catch (error) {
        const type = (error as { type?: string }).type;
        if (type === 'UNKNOWN_TOPIC_OR_PARTITION') throw new TestFailure('not_found', `topic '${table.topic}' does not exist`, 'create the topic, or fix the table\u2019s topic; the test never creates it');
        throw error;
      }
    });
  }
  const registry = profile.schema_registry;
  if (registry) {
    await context.step('schema_registry', async (signal) => {
      const headers: Record<string, string> = {};
      if (registry.api_key !== undefined) headers.authorization = `Basic ${Buffer.from(`${registry.api_key}:${registry.api_secret ?? ''}`).toString('base64')}`;
      const response = await fetch(new URL('subjects', registry.endpoint.endsWith('/') ? registry.endpoint : `${registry.endpoint}/`), { headers, signal, redirect: 'manual' });
      await response.body?.cancel();
      if (response.status === 401 || response.status === 403) throw new TestFailure('auth', `the schema registry answered ${response.status} ${response.statusText}`, 'check schema_registry.api_key and api_secret');
      // A redirect is reported, never followed: a test reaches only the hosts its profile names.
      if (!response.ok) throw new TestFailure('protocol', `the schema registry answered ${response.status} ${response.statusText}`, hintFor('protocol'));
      return { message: `the schema registry answered ${response.status}`, value: undefined };
    });
  }
};
