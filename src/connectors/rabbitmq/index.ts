import { defineConnector, type Connector } from '../connector-definition.js';
import { rabbitmqProfileSchema, type RabbitmqProfileConfig } from './profile-schema.js';
import { rabbitmqTableRules, rabbitmqTableSchema, type RabbitmqTableConfig } from './table-schema.js';
import type { ConnectorTester } from '../../testing/test-context.js';
import { lazyTester } from '../../testing/lazy-tester.js';
import { RABBITMQ_TEST_HINTS } from './tester-hints.js';

export { rabbitmqProfileSchema, type RabbitmqProfileConfig } from './profile-schema.js';
export { rabbitmqTableSchema, type RabbitmqTableConfig } from './table-schema.js';

/**
 * The RabbitMQ live test, loaded on its first call (with its client), so that defining
 * the connector loads neither; its hints are readable at once.
 *
 * @example
 * ```ts
 * const result = await runConnectorTest('rabbitmq', rabbitmqTester, { profile, secrets: [] }, { deadlineMs: 5_000 });
 * ```
 */
export const rabbitmqTester: ConnectorTester<RabbitmqProfileConfig, RabbitmqTableConfig> = lazyTester(
  async () => (await import('./tester.js')).rabbitmqTester,
  RABBITMQ_TEST_HINTS,
);

/**
 * The RabbitMQ Stream connector: a source reading a RabbitMQ stream over the stream
 * protocol. It has no live test of its own yet: a test answers `config`.
 *
 * @example
 * ```ts
 * import { rabbitmqConnector } from 'ddl-profiles';
 * rabbitmqConnector.roles; // ['source']
 * ```
 */
export const rabbitmqConnector: Connector = defineConnector({
  name: 'rabbitmq',
  description: 'RabbitMQ streams, read over the stream protocol',
  roles: ['source'],
  takesProfile: true,
  profile: rabbitmqProfileSchema,
  table: rabbitmqTableSchema,
  tester: rabbitmqTester,
  tableRules: rabbitmqTableRules,
  // What Arroyo's rabbitmq connector pulls in `from_options`.
  engineKeys: [
    'host',
    'port',
    'username',
    'password',
    'virtual_host',
    'load_balancer_mode',
    'tls_config.enabled',
    'tls_config.trust_certificates',
    'tls_config.root_certificates_path',
    'tls_config.client_certificates_path',
    'tls_config.client_keys_path',
    'type',
    'stream',
    'source.offset',
  ],
});
