import { afterAll, beforeAll } from 'vitest';
import { startFlinkJudge, type FlinkJudge } from './flink-judge.mjs';

/**
 * Starts the Flink judge once for a test file's tests (one JVM, about 4 s) and closes it
 * after them. Call it at the top of the file; `judge` answers once it has started.
 *
 * @example
 * ```ts
 * const { judge } = useFlinkJudge();
 * it('…', async () => expect(await judge(ddl, 'source')).toEqual({ ok: true }));
 * ```
 */
export function useFlinkJudge(): { judge: FlinkJudge['judge'] } {
  let started: FlinkJudge | undefined;
  beforeAll(async () => {
    started = await startFlinkJudge();
  }, 180_000);
  afterAll(async () => {
    await started?.close();
  });
  return {
    judge: (ddl, side) => {
      if (!started) throw new Error('the Flink judge has not started');
      return started.judge(ddl, side);
    },
  };
}
