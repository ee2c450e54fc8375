import { useRef, useState } from 'preact/hooks';
import { streamEvents } from '../api.js';
import type { TestResult, TestStep } from '../types.js';
import { ErrorBox } from './error-box.js';

/**
 * A live test streamed as server-sent events: each step as it ends, with its duration,
 * then the verdict with its hint. "Stop" aborts the request, which ends the test.
 *
 * @example
 * ```tsx
 * <TestRunner label="Test connection" path="/v1/connection_profiles/test" body={() => draft} />
 * ```
 */
export function TestRunner({ label, path, body, disabled }: { label: string; path: string; body: () => unknown; disabled?: boolean }) {
  const [steps, setSteps] = useState<TestStep[]>([]);
  const [result, setResult] = useState<TestResult | undefined>();
  const [error, setError] = useState<unknown>();
  const [running, setRunning] = useState(false);
  const [stopped, setStopped] = useState(false);
  const controller = useRef<AbortController>();

  const run = async (): Promise<void> => {
    controller.current = new AbortController();
    setSteps([]);
    setResult(undefined);
    setError(undefined);
    setStopped(false);
    setRunning(true);
    try {
      for await (const event of streamEvents(path, body(), controller.current.signal)) {
        if (event.event === 'step') setSteps((s) => [...s, event.data as TestStep]);
        else if (event.event === 'result') setResult(event.data as TestResult);
        else if (event.event === 'error') setError(new Error((event.data as { message: string }).message));
      }
    } catch (e) {
      if (!controller.current.signal.aborted) setError(e);
    } finally {
      setRunning(false);
    }
  };
  const stop = (): void => {
    setStopped(true);
    controller.current?.abort();
  };

  return (
    <section class="test-runner" aria-label={label}>
      <div class="actions">
        <button type="button" class="secondary" onClick={run} disabled={running || disabled}>
          {label}
        </button>
        {running ? (
          <button type="button" class="danger" onClick={stop}>
            Stop the test
          </button>
        ) : null}
      </div>
      <ol class="steps" aria-live="polite" aria-label="Test steps">
        {steps.map((s) => (
          <li class={s.ok ? 'ok' : 'failed'}>
            <span class="mark" aria-hidden="true">
              {s.ok ? '✓' : '✗'}
            </span>{' '}
            <strong>{s.name}</strong> <span class="muted">{s.durationMs} ms</span> — {s.message}
          </li>
        ))}
        {running ? <li class="running">running…</li> : null}
      </ol>
      {stopped && !running ? <p role="status">The test was stopped.</p> : null}
      {result ? (
        <div class={result.ok ? 'verdict ok' : 'verdict failed'} role="status">
          {result.ok ? (
            <>The test passed in {result.durationMs} ms.</>
          ) : (
            <>
              The test failed: <code>{result.error?.code}</code> {result.error?.message}
              {result.error?.hint ? <p class="hint">Hint: {result.error.hint}</p> : null}
            </>
          )}
        </div>
      ) : null}
      <ErrorBox error={error} />
    </section>
  );
}
