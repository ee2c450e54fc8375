import type { TestTargets } from './test-targets.js';

/**
 * How a failed test is classified, from the real cause of the failure:
 * `config` (the profile cannot be tested as written), `dns`, `refused`, `timeout`
 * (the deadline passed, or the caller aborted), `tls`, `auth`, `not_found` (a topic or
 * resource is missing), `protocol` (the peer answered, but not as expected) or `unknown`.
 *
 * @example
 * ```ts
 * const result = await testProfile(draft);
 * if (result.error?.code === 'auth') console.log(result.error.hint);
 * ```
 */
export type TestErrorCode = 'config' | 'dns' | 'refused' | 'timeout' | 'tls' | 'auth' | 'not_found' | 'protocol' | 'unknown';

/**
 * One step of a test: its name, whether it passed, how long it took, and a message in
 * the system's own words where they help (never a secret).
 *
 * @example
 * ```ts
 * await testProfile(draft, { onStep: (step: TestStep) => console.log(step.name, step.ok, `${step.durationMs} ms`) });
 * ```
 */
export interface TestStep {
  name: string;
  ok: boolean;
  durationMs: number;
  message: string;
}

/**
 * The classified error that ended a failed test, with a hint for a person.
 *
 * @example
 * ```ts
 * const { error } = await testProfile(draft);
 * if (error) console.log(`${error.step}: ${error.code}: ${error.message} (${error.hint})`);
 * ```
 */
export interface TestError {
  code: TestErrorCode;
  message: string;
  hint: string;
  step?: string;
}

/**
 * The verdict of a test.
 *
 * @example
 * ```ts
 * const result = await testProfile({ name: 'p', connector: 'redis', config: { address: 'redis://127.0.0.1:6379' } });
 * if (!result.ok) console.log(result.error!.code, result.error!.step, result.error!.hint);
 * ```
 */
export interface TestResult {
  ok: boolean;
  connector: string;
  durationMs: number;
  steps: TestStep[];
  error?: TestError;
}

/**
 * Bounds and progress of a test: a deadline (default 10 s), an AbortSignal, and a
 * callback that sees each step as it finishes.
 *
 * @example
 * ```ts
 * const options: TestOptions = { deadlineMs: 5_000, signal: controller.signal, onStep: (s) => console.log(s.name) };
 * ```
 */
export interface TestOptions {
  deadlineMs?: number;
  signal?: AbortSignal;
  onStep?: (step: TestStep) => void;
  /** The hosts the test may reach, and how many (see {@link TestTargets}). */
  targets?: TestTargets;
}

/**
 * What a streamed test yields: each step as it ends, then the verdict.
 *
 * @example
 * ```ts
 * for await (const event of streamConnectorTest('kafka', kafkaConnector.tester!, input)) {
 *   if (event.type === 'step') console.log(event.step.name);
 *   else console.log(event.result.ok);
 * }
 * ```
 */
export type TestEvent = { type: 'step'; step: TestStep } | { type: 'result'; result: TestResult };

/**
 * The default deadline of a test: 10 seconds.
 *
 * @example
 * ```ts
 * await testProfile(draft, { deadlineMs: DEFAULT_TEST_DEADLINE_MS / 2 });
 * ```
 */
export const DEFAULT_TEST_DEADLINE_MS = 10_000;

/**
 * The longest deadline a test takes: a Node timer's limit (2^31 - 1 ms, about 24.8 days).
 * A longer one is held to it, where Node would otherwise fire the timer after 1 ms.
 *
 * @example
 * ```ts
 * await testProfile(draft, { deadlineMs: Math.min(askedMs, MAX_TEST_DEADLINE_MS) });
 * ```
 */
export const MAX_TEST_DEADLINE_MS = 2_147_483_647;
