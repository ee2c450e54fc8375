import { defineConnector, type Connector } from '../connector-definition.js';
import { natsTester } from './tester.js';
import { natsAuthenticationRule, natsProfileSchema } from './profile-schema.js';
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
  tester: natsTester,
  tableRules: natsTableRules,
});
