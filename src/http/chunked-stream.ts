import { setImmediate as nextTurn } from 'node:timers/promises';

/** The size of each piece of a large response body: small enough that writing one never holds the event loop for long. */
const CHUNK_BYTES = 64 * 1024;

/**
 * A large body as a stream of 64 KiB views of it, handed out as the socket asks for
 * them, one per turn of the event loop. A `Response` built on the bytes themselves copies
 * them whole on the event loop (undici's body extraction), which for the ~13 MB answer to
 * a 1 MiB script held the loop for about 100 ms, and the socket then took them in one
 * corked write; here no piece waits behind more than 64 KiB of another's.
 *
 * @example
 * ```ts
 * return new Response(chunkedStream(bytes), { headers: { 'content-length': String(bytes.byteLength) } });
 * ```
 */
export function chunkedStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await nextTurn();
      controller.enqueue(bytes.subarray(offset, offset + CHUNK_BYTES));
      offset += CHUNK_BYTES;
      if (offset >= bytes.byteLength) controller.close();
    },
  });
}
