import { TestFailure, type ConnectorTester } from '../../testing/index.js';
import { kafkaClusterOf } from './admin-client.js';
import { kafkaProtocolSteps } from './cluster-steps.js';
import { kafkaAuthenticationType, type KafkaProfileConfig } from './profile-schema.js';
import type { KafkaTableConfig } from './table-schema.js';

/**
 * Tests a Kafka profile, or a table, against the live cluster with kafkajs: `dns`,
 * `connect`, `tls` (where configured), `authenticate` (SASL PLAIN or SCRAM), `metadata`
 * (brokers, controller, topic count), `topic` for a table (exists, partitions; never
 * created), `schema_registry` where set, and `subject` for a table whose format reads
 * its schema from the registry. Retries are off and every timeout follows the test's
 * deadline. An MSK IAM profile is `config`: it cannot be tested here.
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
  await kafkaProtocolSteps(context, kafkaClusterOf(profile), table, profile.schema_registry);
};
