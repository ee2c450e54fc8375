import { defineConnector, type Connector } from '../connector-definition.js';
import { redisKeyColumnsRule, redisLookupKeyRule } from './column-rules.js';
import { redisEndpointRule, redisProfileSchema, type RedisProfileConfig } from './profile-schema.js';
import { redisTableRules, redisTableSchema, type RedisTableConfig } from './table-schema.js';
import type { ConnectorTester } from '../../testing/test-context.js';
import { lazyTester } from '../../testing/lazy-tester.js';

export { redisProfileSchema, type RedisProfileConfig } from './profile-schema.js';
export { redisKeyColumnsRule, redisLookupKeyRule } from './column-rules.js';
export { redisTableSchema, type RedisTableConfig } from './table-schema.js';

/**
 * The Redis live test, loaded on its first call (with its client), so that defining
 * the connector loads neither; its hints are readable at once.
 *
 * @example
 * ```ts
 * const result = await runConnectorTest('redis', redisTester, { profile, secrets: [] }, { deadlineMs: 5_000 });
 * ```
 */
export const redisTester: ConnectorTester<RedisProfileConfig, RedisTableConfig> = lazyTester(
  async () => (await import('./tester.js')).redisTester,
);

/**
 * The built-in Redis connector: a sink (string, list or hash) or a lookup table.
 *
 * @example
 * ```ts
 * import { redisConnector } from 'ddl-profiles';
 * redisConnector.fields.match('target.key_prefix')?.field.path; // ['key_prefix']
 * ```
 */
export const redisConnector: Connector = defineConnector({
  name: 'redis',
  description: 'Redis keys written by a sink or read by lookups, on one server or a cluster',
  roles: ['sink', 'lookup'],
  takesProfile: true,
  profile: redisProfileSchema,
  table: redisTableSchema,
  profileRules: [redisEndpointRule],
  tester: redisTester,
  tableRules: redisTableRules,
  metadataFields: { key: 'TEXT' },
  columnRules: [redisLookupKeyRule, redisKeyColumnsRule],
  // What the Redis connector's `from_options` pulls.
  engineKeys: [
    'address',
    'cluster.addresses',
    'username',
    'password',
    'type',
    'target',
    'target.key_prefix',
    'target.key_column',
    'target.ttl_secs',
    'target.max_length',
    'target.operation',
    'target.field_column',
  ],
});
