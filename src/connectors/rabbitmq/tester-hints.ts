import type { TestHints } from '../../testing/test-context.js';

/**
 * What a failed live test of a RabbitMQ broker suggests, by error class: apart from the
 * tester, so that the connector carries them without loading the tester's client.
 *
 * @example
 * ```ts
 * RABBITMQ_TEST_HINTS.auth; // the hint of an 'auth' failure
 * ```
 */
export const RABBITMQ_TEST_HINTS: TestHints = {
  refused:
    'check host and port: the stream protocol listens on 5552 (5551 with TLS), not on AMQP\u2019s 5672, and only with the rabbitmq_stream plugin enabled',
  timeout:
    'the server did not answer the stream protocol in time: check that the port is the stream port (5552), not AMQP or the management UI',
  tls: 'check tls_config: whether the port expects TLS (5551 does, 5552 does not), root_certificates_path for a private CA, or trust_certificates',
  protocol: 'the server answered, but not in the stream protocol: check that the port is the stream port (5552), not AMQP\u2019s 5672',
  dns: 'check host: it does not resolve from this machine',
};
