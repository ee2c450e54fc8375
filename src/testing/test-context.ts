import type { Endpoint } from './socket-probe.js';
import type { TestErrorCode } from './test-result.js';

/**
 * What a connector's tester gets to run its steps: named, timed steps bounded by the
 * test's deadline and abort signal, and cleanups that always run.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * const client = new Redis({ host: 'cache', port: 6379, lazyConnect: true });
 * context.defer(() => client.disconnect());
 * await context.step('connect', async () => ({ message: 'connected', value: await client.connect() }));
 * await context.step('ping', async () => ({ message: await client.ping(), value: undefined }));
 * ```
 */
export interface TestContext {
  /**
   * Runs one step. `run` returns the step's message and a value for the next steps; it
   * gets an AbortSignal that fires at the deadline or on abort. A step that throws
   * ends the test with a classified error.
   */
  step<T>(name: string, run: (signal: AbortSignal) => Promise<{ message: string; value: T }>): Promise<T>;
  /**
   * Declares the endpoints the test will reach, before any step that sends a packet:
   * more than the cap, or a host outside the allowed ones, ends the test with `config`
   * at a `config` step, nothing sent. Every tester calls it first ({@link reachSteps}
   * does); a step other than `config` run before it fails with `config`.
   */
  targets(endpoints: readonly Endpoint[]): Promise<void>;
  /** Milliseconds left before the deadline (never below 1). */
  remainingMs(): number;
  /** Registers a cleanup (disconnect, destroy) run when the test ends, pass or fail. */
  defer(cleanup: () => unknown): void;
  readonly signal: AbortSignal;
}

/**
 * The input of a tester: a validated, template-expanded profile config, the table's
 * config for a table test, and every secret value (scrubbed from all messages).
 *
 * @example
 * ```ts
 * const tester: ConnectorTester = async (input: TesterInput, context) => {
 *   const address = String(input.profile.address);
 *   await context.step('ping', async () => ({ message: `pinging ${address}`, value: undefined }));
 * };
 * ```
 */
export interface TesterInput<P = Record<string, unknown>, T = Record<string, unknown>> {
  profile: P;
  table?: T;
  secrets: string[];
}

/**
 * What a failure means on one system, said for it: a hint per classification that
 * replaces the generic one (`auth` on NATS names its JWT and NKey seed, on MQTT its
 * CONNACK). A {@link TestFailure}'s own hint, and an abort by the caller, keep theirs.
 *
 * @example
 * ```ts
 * const hints: TestHints = { refused: 'check the port: MQTT listens on 1883, and 8883 with TLS' };
 * ```
 */
export type TestHints = Partial<Record<TestErrorCode, string>>;

/**
 * A connector's live test: steps against the real system. It should create nothing,
 * and leave nothing open: register every connection with `context.defer`. Its `hints`,
 * if any, speak for its system (see {@link withHints}).
 *
 * @example
 * ```ts
 * import { connect } from 'node:net';
 * const pingTester: ConnectorTester<{ host: string }> = async (input, context) => {
 *   const socket = connect({ host: input.profile.host, port: 7000 });
 *   context.defer(() => socket.destroy());
 *   await context.step('connect', async () => ({ message: 'connected', value: await new Promise((ok) => socket.once('connect', ok)) }));
 * };
 * ```
 */
export type ConnectorTester<P = any, T = any> = ((input: TesterInput<P, T>, context: TestContext) => Promise<void>) & {
  readonly hints?: TestHints;
};

/**
 * A tester with the hints of its system.
 *
 * @example
 * ```ts
 * const queueTester = withHints(
 *   async (input, context) => {
 *     await context.step('connect', async () => ({ message: 'connected', value: undefined }));
 *   },
 *   { auth: "check username and password, and the broker's ACL" },
 * );
 * ```
 */
export function withHints<P, T>(
  tester: (input: TesterInput<P, T>, context: TestContext) => Promise<void>,
  hints: TestHints,
): ConnectorTester<P, T> {
  return Object.assign(tester, { hints });
}
