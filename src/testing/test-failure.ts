import type { TestErrorCode } from './test-result.js';

/**
 * Thrown inside a step to fail it with a known classification, when the cause is not an
 * error a client library raised (a missing topic, a cluster reporting `fail`, …).
 *
 * @example
 * ```ts
 * throw new TestFailure('not_found', "topic 'orders' does not exist", 'create it, or fix the table\'s topic');
 * ```
 */
export class TestFailure extends Error {
  override readonly name = 'TestFailure';

  constructor(
    readonly code: TestErrorCode,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
