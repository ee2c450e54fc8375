import { defineConnector, type Connector } from '../connector-definition.js';
import { deriveNatsAuthentication, natsAuthenticationRule, natsProfileSchema } from './profile-schema.js';
import { natsTester } from './tester.js';
import { natsTableRules, natsTableSchema } from './table-schema.js';

export { natsProfileSchema, NATS_AUTH_TYPES, type NatsProfileConfig } from './profile-schema.js';
export { natsTableSchema, type NatsTableConfig } from './table-schema.js';
export { natsTester } from './tester.js';

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
