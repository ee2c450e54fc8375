/**
 * A `text/event-stream` response fed by `run`, which gets a `send(event, data)` function;
 * the stream closes when `run` settles. Each event's data is one line of JSON.
 *
 * @example
 * ```ts
 * return eventStream(async (send) => {
 *   const result = await catalog.profiles.test('cache', { onStep: (step) => send('step', step) });
 *   send('result', result);
 * });
 * ```
 */
export function eventStream(run: (send: (event: string, data: unknown) => void) => Promise<void>): Response {
  const encoder = new TextEncoder();
  // Open until `run` settles or the client goes away (the stream is cancelled then, and
  // a closed controller throws on enqueue and close: that throw would end the process).
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: string, data: unknown): void => {
        if (open) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      run(send)
        .catch(() => send('error', { code: 'INTERNAL', message: 'the server failed while streaming' }))
        .finally(() => {
          if (!open) return;
          open = false;
          controller.close();
        });
    },
    cancel() {
      open = false;
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' },
  });
}
