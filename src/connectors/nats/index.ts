import { defineConnector, type Connector } from '../connector-definition.js';
import { deriveNatsAuthentication, natsAuthenticationRule, natsProfileSchema, type NatsProfileConfig } from './profile-schema.js';
import { natsTableRules, natsTableSchema, type NatsTableConfig } from './table-schema.js';
import type { ConnectorTester } from '../../testing/test-context.js';
import { lazyTester } from '../../testing/lazy-tester.js';
import { NATS_TEST_HINTS } from './tester-hints.js';

export { natsProfileSchema, NATS_AUTH_TYPES, type NatsProfileConfig } from './profile-schema.js';
export { natsTableSchema, type NatsTableConfig } from './table-schema.js';

/**
 * The NATS live test, loaded on its first call (with its client), so that defining
 * the connector loads neither; its hints are readable at once.
 *
 * @example
 * ```ts
 * const result = await runConnectorTest('nats', natsTester, { profile, secrets: [] }, { deadlineMs: 5_000 });
 * ```
 */
export const natsTester: ConnectorTester<NatsProfileConfig, NatsTableConfig> = lazyTester(
  async () => (await import('./tester.js')).natsTester,
  NATS_TEST_HINTS,
);

/**
 * The NATS connector: core subjects and JetStream streams, as sources or sinks. It has no
 * live test of its own yet: a test answers `config`.
 *
 * @example
 * ```ts
 * import { natsConnector } from 'ddl-profiles';
 * natsConnector.fields.match('auth.nkey_seed')?.key; // 'authentication.nkey_seed'
 * ```
 */
export const natsConnector: Connector = defineConnector({
  name: 'nats',
  description: 'NATS core subjects and JetStream streams, read or written',
  roles: ['source', 'sink'],
  takesProfile: true,
  profile: natsProfileSchema,
  table: natsTableSchema,
  profileRules: [natsAuthenticationRule],
  derive: deriveNatsAuthentication,
  tester: natsTester,
  tableRules: natsTableRules,
  // What Arroyo's nats connector pulls in `from_options`.
  engineKeys: [
    'servers',
    'auth.type',
    'auth.username',
    'auth.password',
    'auth.jwt',
    'auth.nkey_seed',
    'type',
    'stream',
    'subject',
    'consumer.ack_policy',
    'consumer.ack_wait',
    'consumer.description',
    'consumer.filter_subjects',
    'consumer.inactive_threshold',
    'consumer.max_ack_pending',
    'consumer.max_batch',
    'consumer.max_bytes',
    'consumer.max_deliver',
    'consumer.max_expires',
    'consumer.max_waiting',
    'consumer.num_replicas',
    'consumer.rate_limit',
    'consumer.replay_policy',
    'consumer.sample_frequency',
  ],
});
