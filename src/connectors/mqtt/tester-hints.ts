import type { TestHints } from '../../testing/test-context.js';

/**
 * What a failed live test of an MQTT broker suggests, by error class: apart from the
 * tester, so that the connector carries them without loading the tester's client.
 *
 * @example
 * ```ts
 * MQTT_TEST_HINTS.auth; // the hint of an 'auth' failure
 * ```
 */
export const MQTT_TEST_HINTS: TestHints = {
  refused: 'check the url\u2019s host and port: MQTT brokers listen on 1883, and 8883 for TLS',
  timeout: 'the broker did not answer CONNECT in time: check the port, and whether it expects TLS (ssl://)',
  tls: 'check the url\u2019s scheme (ssl:// for a TLS port) and tls.ca for a private CA',
  auth: 'check username and password, and the broker\u2019s ACL for this user',
  protocol: 'the broker answered, but not as MQTT 5: check the port and the broker\u2019s version',
};
