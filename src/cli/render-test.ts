import type { TestResult, TestStep } from '../index.js';

/**
 * One step as a line: a mark, the name, the time and the message.
 *
 * @example
 * ```ts
 * renderStep({ name: 'connect', ok: true, durationMs: 1.2, message: 'TCP connection accepted' });
 * // '  ✓ connect (1.2 ms) TCP connection accepted'
 * ```
 */
export function renderStep(step: TestStep): string {
  return `  ${step.ok ? '\u2713' : '\u2717'} ${step.name} (${step.durationMs} ms) ${step.message}`;
}

/**
 * The verdict line, with the classified error and its hint on failure.
 *
 * @example
 * ```ts
 * io.out(renderVerdict(result)); // 'PASS kafka in 41.3 ms' or 'FAIL auth at authenticate: …'
 * ```
 */
export function renderVerdict(result: TestResult): string {
  if (result.ok) return `PASS ${result.connector} in ${result.durationMs} ms`;
  const error = result.error!;
  return `FAIL ${error.code}${error.step ? ` at ${error.step}` : ''}: ${error.message}\n  hint: ${error.hint}`;
}
