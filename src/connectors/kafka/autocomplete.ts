import type { ConnectorAutocomplete } from '../connector-definition.js';
import { boundedAdmin, kafkaClusterOf } from './admin-client.js';
import type { KafkaProfileConfig } from './profile-schema.js';

/**
 * The topics of a Kafka profile's cluster, for `topic` (internal topics such as
 * `__consumer_offsets` left out), listed with kafkajs' admin `listTopics` within the
 * bounds of a live test.
 *
 * @example
 * ```ts
 * const values = await kafkaAutocomplete({ profile, secrets: [] }, context); // { topic: ['orders', 'payments'] }
 * ```
 */
export const kafkaAutocomplete: ConnectorAutocomplete<KafkaProfileConfig> = async ({ profile }, context) => {
  // Like a test, it reaches only the hosts the profile names, declared before any packet.
  const cluster = kafkaClusterOf(profile);
  await context.targets(cluster.endpoints);
  const admin = await boundedAdmin(cluster, context.remainingMs(), 'ddl-profiles');
  context.defer(() => admin.disconnect());
  const topics = await context.step('topics', async () => {
    await admin.connect();
    const names = await admin.listTopics();
    return { message: `${names.length} topic(s)`, value: names };
  });
  return { topic: topics.filter((t) => !t.startsWith('__')).sort() };
};
