import { parseEndpoint, withHints, type ConnectorTester } from '../../testing/index.js';
import type { KafkaCluster } from '../kafka/admin-client.js';
import { kafkaProtocolSteps } from '../kafka/cluster-steps.js';
import type { KafkaTableConfig } from '../kafka/table-schema.js';
import type { ConfluentProfileConfig } from './profile-schema.js';
import { CONFLUENT_TEST_HINTS } from './tester-hints.js';

/**
 * Tests a Confluent Cloud profile, or a table, as Arroyo connects: SASL_SSL with PLAIN,
 * the API key as user and the secret as password, TLS verified against the system's
 * CAs (add a private CA with NODE_EXTRA_CA_CERTS). Steps: `dns`, `connect`, `tls`,
 * `authenticate`, `metadata`; for a table, `topic`; with a schema registry,
 * `schema_registry` (its own key and secret), and `subject` for a table whose format
 * reads its schema from the registry. Nothing is created.
 *
 * @example
 * ```ts
 * await runConnectorTest('confluent', confluentTester, { profile: { bootstrap_servers: 'pkc-1.aws.confluent.cloud:9092', key: 'K', secret: 'S' }, secrets: ['S'] });
 * ```
 */
export const confluentTester: ConnectorTester<ConfluentProfileConfig, KafkaTableConfig> = withHints(async ({ profile, table }, context) => {
  const cluster = {
    endpoints: profile.bootstrap_servers.split(',').map((s) => parseEndpoint(s)),
    ssl: { rejectUnauthorized: true },
    sasl: { mechanism: 'plain', username: profile.key, password: profile.secret },
    identity: 'the API key with PLAIN',
  } satisfies KafkaCluster;
  await kafkaProtocolSteps(context, cluster, table, profile.schema_registry);
}, CONFLUENT_TEST_HINTS);
