export type { TestError, TestErrorCode, TestEvent, TestOptions, TestResult, TestStep } from './test-result.js';
export { DEFAULT_TEST_DEADLINE_MS, MAX_TEST_DEADLINE_MS } from './test-result.js';
export type { ConnectorTester, TestContext, TesterInput } from './test-context.js';
export { TestFailure } from './test-failure.js';
export { classifyError, causeChain, hintFor, type Classification } from './classify-error.js';
export { scrubSecrets } from './scrub-secrets.js';
export { runConnectorTest, streamConnectorTest } from './run-connector-test.js';
export { parseEndpoint, probeTcp, probeTls, resolveHosts, type Endpoint } from './socket-probe.js';
