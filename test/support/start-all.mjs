/** Stops a started test server, whichever of stop(), close() or dispose() it has. */
function stopServer(server) {
  const stop = server?.stop ?? server?.close ?? server?.dispose;
  return stop ? Promise.resolve(stop.call(server)).catch(() => undefined) : undefined;
}

/**
 * Waits for test servers started at once, like Promise.all. If any fails to start, the
 * ones that did start are stopped before the error is thrown: a failed set-up leaves
 * no server running behind it.
 *
 * @example
 * const [kafka, redis] = await startAll([startKafka(), startRedis()]);
 */
export async function startAll(starts) {
  const settled = await Promise.allSettled(starts);
  const failures = settled.filter((s) => s.status === 'rejected').map((s) => s.reason);
  if (failures.length === 0) return settled.map((s) => s.value);
  await Promise.all(settled.filter((s) => s.status === 'fulfilled').map((s) => stopServer(s.value)));
  throw failures.length === 1
    ? failures[0]
    : new AggregateError(failures, `${failures.length} test servers failed to start: ${failures.map((f) => f?.message ?? f).join('; ')}`);
}
