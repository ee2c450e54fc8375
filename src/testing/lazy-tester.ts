import { withHints, type ConnectorTester, type TestHints } from './test-context.js';

/**
 * A tester whose module is loaded on its first call: a connector definition holds this
 * small wrapper, so that defining the connector (and resolving its tables) loads neither
 * the tester nor its client (kafkajs, ioredis, mqtt, …). Its `hints` are readable at
 * once, without loading anything, as the test runner reads them.
 *
 * @example
 * ```ts
 * export const mqttTester = lazyTester(async () => (await import('./tester.js')).mqttTester, MQTT_TEST_HINTS);
 * ```
 */
export function lazyTester<P, T>(load: () => Promise<ConnectorTester<P, T>>, hints?: TestHints): ConnectorTester<P, T> {
  let loaded: Promise<ConnectorTester<P, T>> | undefined;
  const tester: ConnectorTester<P, T> = async (input, context) => {
    loaded ??= load();
    return (await loaded)(input, context);
  };
  return hints ? withHints(tester, hints) : tester;
}
