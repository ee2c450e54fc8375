import type { TestHints } from '../../testing/test-context.js';

/**
 * What a failed live test of a Confluent Cloud cluster suggests, by error class: apart from the
 * tester, so that the connector carries them without loading the tester's client.
 *
 * @example
 * ```ts
 * CONFLUENT_TEST_HINTS.auth; // the hint of an 'auth' failure
 * ```
 */
export const CONFLUENT_TEST_HINTS: TestHints = {
  auth: 'check the cluster API key and secret (Confluent Cloud: API keys of the cluster, not of the schema registry or the cloud account)',
  tls: 'Confluent Cloud presents a certificate public CAs sign: check that the host is the cluster\u2019s bootstrap server, and that this machine trusts the usual CAs (a private CA: NODE_EXTRA_CA_CERTS)',
};
