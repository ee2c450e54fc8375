import { classifyError, type Classification } from './classify-error.js';
import { scrubSecrets } from '../errors/index.js';
import type { ConnectorTester, TestContext, TesterInput, TestHints } from './test-context.js';
import { TestFailure } from './test-failure.js';
import { targetsProblem } from './test-targets.js';
import {
  DEFAULT_TEST_DEADLINE_MS,
  MAX_TEST_DEADLINE_MS,
  type TestEvent,
  type TestOptions,
  type TestResult,
  type TestStep,
} from './test-result.js';

/**
 * How long the verdict waits for each cleanup. A client still connecting to a silent
 * peer may take until its own timeout (bounded by the deadline) to let go; the verdict
 * does not wait for that, and the client's timers end by themselves.
 */
const CLEANUP_BUDGET_MS = 200;

class StepFailed extends Error {}

const TARGETS_HINT = 'list at most the hosts a live test may reach; an operator widens them with --allow-test-hosts';

function abortHint(reason: unknown, hints: TestHints | undefined): string {
  return (reason as Error | undefined)?.name === 'AbortError'
    ? 'the caller aborted the test before it finished'
    : (hints?.timeout ??
        'the server did not answer within the deadline: check the port, firewalls, and that it speaks the expected protocol');
}

/** The classification, with the system's own hint where the tester has one and the failure did not bring its own. */
function classify(error: unknown, step: string, hints: TestHints | undefined): Classification {
  const classified = classifyError(error, step);
  const own = error instanceof TestFailure ? undefined : hints?.[classified.code];
  return own ? { ...classified, hint: own } : classified;
}

function rounded(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/**
 * Runs a connector's test within a deadline and an abort signal and returns its verdict.
 * It never throws: every failure is a classified error. Every step races the deadline,
 * so a peer that never answers cannot hold it; every cleanup runs before it returns.
 *
 * @example
 * ```ts
 * const password = 'hunter2';
 * const input = { profile: { address: 'redis://cache:6379', password }, secrets: [password] };
 * const result = await runConnectorTest('redis', redisConnector.tester!, input, { deadlineMs: 5_000 });
 * ```
 */
export async function runConnectorTest<P, T>(
  connector: string,
  tester: ConnectorTester<P, T>,
  input: TesterInput<P, T>,
  options: TestOptions = {},
): Promise<TestResult> {
  const started = performance.now();
  const deadlineMs = Math.min(options.deadlineMs ?? DEFAULT_TEST_DEADLINE_MS, MAX_TEST_DEADLINE_MS);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`the test's deadline of ${deadlineMs} ms passed`, 'TimeoutError')),
    deadlineMs,
  );
  const onAbort = () => controller.abort(new DOMException('the test was aborted by its caller', 'AbortError'));
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  const steps: TestStep[] = [];
  const cleanups: Array<() => unknown> = [];
  const scrub = (text: string) => scrubSecrets(text, input.secrets);
  let error: TestResult['error'];
  /** The step running now, if any: a deadline that passes during it is charged to it. */
  let running: { name: string; started: number } | undefined;
  /** Set once the verdict is reached: a step that ends later records nothing. */
  let settled = false;
  /** Set once the tester has declared its endpoints: no packet goes out before. */
  let declared = false;

  const record = (name: string, stepStarted: number, ok: boolean, message: string) => {
    if (settled) return;
    const step = { name, ok, durationMs: rounded(performance.now() - stepStarted), message: scrub(message) };
    steps.push(step);
    options.onStep?.(step);
  };
  /** The verdict for the deadline or the caller's abort, charged to the step it stopped. */
  const abortVerdict = (stepName: string | undefined, stepStarted: number) => {
    const reason = controller.signal.reason as Error;
    const message = scrub(reason.message);
    if (stepName !== undefined) record(stepName, stepStarted, false, message);
    error = {
      code: 'timeout',
      message,
      hint: scrub(abortHint(reason, tester.hints)),
      ...(stepName !== undefined ? { step: stepName } : {}),
    };
  };

  const aborted = new Promise<never>((_, reject) => {
    const fail = () => reject(controller.signal.reason);
    if (controller.signal.aborted) fail();
    else controller.signal.addEventListener('abort', fail, { once: true });
  });
  aborted.catch(() => undefined);

  const context: TestContext = {
    signal: controller.signal,
    remainingMs: () => Math.max(1, Math.floor(deadlineMs - (performance.now() - started))),
    defer: (cleanup) => void cleanups.push(cleanup),
    targets: async (endpoints) => {
      declared = true;
      const problem = await targetsProblem(endpoints, options.targets);
      if (problem) await context.step('config', async () => Promise.reject(new TestFailure('config', problem, TARGETS_HINT)));
    },
    step: async (name, run) => {
      if (!declared && name !== 'config') {
        declared = true;
        await context.step('config', async () =>
          Promise.reject(
            new TestFailure(
              'config',
              `the ${connector} tester did not declare the hosts it reaches (context.targets) before its '${name}' step`,
              TARGETS_HINT,
            ),
          ),
        );
      }
      const current = { name, started: performance.now() };
      running = current;
      try {
        const outcome = await Promise.race([run(controller.signal), aborted]);
        record(name, current.started, true, outcome.message);
        return outcome.value;
      } catch (cause) {
        if (error) throw new StepFailed(error.message);
        if (controller.signal.aborted) {
          abortVerdict(name, current.started);
          throw new StepFailed(error!.message);
        }
        const classified = classify(cause, name, tester.hints);
        const message = scrub(classified.message);
        record(name, current.started, false, message);
        error = { code: classified.code, message, hint: scrub(classified.hint), step: name };
        throw new StepFailed(message);
      } finally {
        if (running === current) running = undefined;
      }
    },
  };

  try {
    await Promise.race([tester(input, context), aborted]);
  } catch (cause) {
    if (!error) {
      // The deadline or an abort can win this race before the running step's own catch
      // sees it: the verdict still names that step, with the deadline's hint.
      if (controller.signal.aborted) abortVerdict(running?.name, running?.started ?? started);
      else if (!(cause instanceof StepFailed)) {
        const classified = classify(cause, 'test', tester.hints);
        error = { code: classified.code, message: scrub(classified.message), hint: scrub(classified.hint) };
      }
    }
  } finally {
    settled = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    for (const cleanup of cleanups.reverse()) {
      let budget: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.resolve()
          .then(cleanup)
          .catch(() => undefined),
        new Promise((resolve) => (budget = setTimeout(resolve, CLEANUP_BUDGET_MS))),
      ]);
      clearTimeout(budget);
    }
  }
  return { ok: error === undefined, connector, durationMs: rounded(performance.now() - started), steps, ...(error ? { error } : {}) };
}

/**
 * The same test as {@link runConnectorTest}, as an async iterator: each step as it
 * ends, then the verdict. The HTTP layer streams it as server-sent events.
 *
 * @example
 * ```ts
 * for await (const event of streamConnectorTest('kafka', kafkaConnector.tester!, input)) {
 *   if (event.type === 'step') console.log(event.step.name, event.step.ok);
 * }
 * ```
 */
export async function* streamConnectorTest<P, T>(
  connector: string,
  tester: ConnectorTester<P, T>,
  input: TesterInput<P, T>,
  options: TestOptions = {},
): AsyncGenerator<TestEvent> {
  const pending: TestEvent[] = [];
  let wake: (() => void) | undefined;
  const push = (event: TestEvent) => {
    pending.push(event);
    wake?.();
  };
  const done = runConnectorTest(connector, tester, input, {
    ...options,
    onStep: (step) => {
      options.onStep?.(step);
      push({ type: 'step', step });
    },
  }).then((result) => push({ type: 'result', result }));
  for (;;) {
    while (pending.length > 0) {
      const event = pending.shift()!;
      yield event;
      if (event.type === 'result') return void (await done);
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
