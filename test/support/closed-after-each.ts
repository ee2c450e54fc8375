import { afterEach } from 'vitest';

/**
 * Wraps an opener (of a store, a catalog…) so that what it opens during a test is closed
 * after that test, the last opened first. Call it in a `describe` body.
 *
 * @example
 * ```ts
 * const fresh = closedAfterEach(async () => openCatalog());
 * it('…', async () => {
 *   const catalog = await fresh(); // closed after this test
 * });
 * ```
 */
export function closedAfterEach<A extends unknown[], T extends { close(): Promise<unknown> }>(
  open: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  const opened: T[] = [];
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()?.close();
  });
  return async (...args) => {
    const thing = await open(...args);
    opened.push(thing);
    return thing;
  };
}
