import type { TestHints } from '../../testing/test-context.js';

/**
 * What a failed live test of a NATS server suggests, by error class: apart from the
 * tester, so that the connector carries them without loading the tester's client.
 *
 * @example
 * ```ts
 * NATS_TEST_HINTS.auth; // the hint of an 'auth' failure
 * ```
 */
export const NATS_TEST_HINTS: TestHints = {
  refused: 'check the servers\u2019 hosts and ports: NATS clients connect on 4222',
  timeout: 'the server did not answer in time: check the port (4222 for clients, not the monitoring or cluster port)',
  tls: 'the server\u2019s certificate is not trusted here, or the server does not speak TLS: check tls:// in servers and the server\u2019s certificate chain',
  auth: 'check authentication: username and password, or the user JWT with its own NKey seed, signed by an account the server knows',
  protocol: 'the server answered, but not as NATS: check that the port is the client port (4222)',
};
