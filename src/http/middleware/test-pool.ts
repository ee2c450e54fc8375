import type { TestOptions, TestResult } from '../../index.js';
import { HttpError, json } from '../http-error.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { eventStream } from './server-sent-events.js';

/**
 * The pool every live test of the API runs in, whatever the route: at most `max` at once
 * (beyond which 429 with `retry-after`), each bounded by a deadline that the caller may
 * set (`?deadline_ms=`) up to the server's cap.
 *
 * @example
 * ```ts
 * const pool = new TestPool({ max: 4, deadlineMs: 10_000, maxDeadlineMs: 60_000 });
 * return pool.respond(request, 2_000, (options) => catalog.profiles.test('cache', options));
 * ```
 */
export class TestPool {
  private readonly slots: ConcurrencyLimit;
  private readonly deadlineMs: number;
  private readonly maxDeadlineMs: number;

  constructor(options: { max: number; deadlineMs: number; maxDeadlineMs: number }) {
    this.slots = new ConcurrencyLimit(options.max);
    this.maxDeadlineMs = options.maxDeadlineMs;
    this.deadlineMs = Math.min(options.deadlineMs, options.maxDeadlineMs);
  }

  /** The deadline of one test: the caller's, capped by the server's, or the default. */
  deadlineFor(requested: number | undefined): number {
    return Math.min(requested ?? this.deadlineMs, this.maxDeadlineMs);
  }

  /** Runs `call` in a slot of the pool; a 429 when every slot is taken. */
  async hold<T>(call: () => Promise<T>): Promise<T> {
    const release = this.acquire();
    try {
      return await call();
    } finally {
      release();
    }
  }

  /**
   * Runs a test in a slot and answers it: JSON, or with `Accept: text/event-stream` one
   * event per step and then the verdict. The client going away aborts the test.
   */
  async respond(request: Request, deadlineMs: number | undefined, test: (options: TestOptions) => Promise<TestResult>): Promise<Response> {
    const release = this.acquire();
    const options: TestOptions = { deadlineMs: this.deadlineFor(deadlineMs), signal: request.signal };
    if ((request.headers.get('accept') ?? '').includes('text/event-stream')) {
      return eventStream(async (send) => {
        try {
          send('result', await test({ ...options, onStep: (step) => send('step', step) }));
        } finally {
          release();
        }
      });
    }
    try {
      return json(200, await test(options));
    } finally {
      release();
    }
  }

  private acquire(): () => void {
    const release = this.slots.tryAcquire();
    if (!release)
      throw new HttpError(429, 'TOO_MANY_TESTS', `at most ${this.slots.max} live tests run at once; try again shortly`, undefined, {
        'retry-after': '1',
      });
    return release;
  }
}
