import { defineConnector, type Connector } from '../connector-definition.js';
import { rabbitmqTester } from './tester.js';
import { rabbitmqProfileSchema } from './profile-schema.js';
import { rabbitmqTableRules, rabbitmqTableSchema } from './table-schema.js';

export { rabbitmqProfileSchema, type RabbitmqProfileConfig } from './profile-schema.js';
export { rabbitmqTableSchema, type RabbitmqTableConfig } from './table-schema.js';
export { rabbitmqTester } from './tester.js';

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
