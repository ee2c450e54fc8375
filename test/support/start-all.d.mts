/**
 * Waits for test servers started at once, like Promise.all; if any fails, stops the ones
 * that started (their stop(), close() or dispose()) before throwing.
 */
export function startAll<T extends readonly unknown[] | []>(starts: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }>;
