import type { MiddlewareHandler } from 'hono';
import { parseJsonText } from '../../json/index.js';
import type { ApiEnv } from '../api-app.js';
import { HttpError } from '../http-error.js';

/**
 * The default largest request body accepted: 1 MiB.
 *
 * @example
 * ```ts
 * createHandler({ catalog, auth, maxBodyBytes: 4 * DEFAULT_MAX_BODY_BYTES });
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** How deep a request body's arrays and objects may nest; a table's `schema` needs a handful. */
export const MAX_JSON_DEPTH = 64;

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The first thing a store or a log cannot take in a parsed body: nesting too deep, or a NUL. */
function unacceptable(value: unknown): string | undefined {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop()!;
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return 'a string holds a NUL character (\\u0000)';
    } else if (next !== null && typeof next === 'object') {
      if (depth >= MAX_JSON_DEPTH) return `it nests deeper than ${MAX_JSON_DEPTH} levels`;
      for (const [key, item] of Object.entries(next)) {
        if (key.includes('\u0000')) return 'a key holds a NUL character (\\u0000)';
        pending.push({ value: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * Reads a request body as text, refusing one larger than `maxBytes` (413) while it
 * streams in. A body the client stops sending half-way (a reset) is a 400, not a failure
 * of ours.
 *
 * @example
 * ```ts
 * const text = await readBodyText(request, 1024 * 1024);
 * ```
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new HttpError(413, 'BODY_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        throw new HttpError(400, 'BODY_INCOMPLETE', 'the request body ended before it was complete (the client went away)');
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new HttpError(413, 'BODY_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);
      }
      chunks.push(chunk.value);
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a JSON request body: at most `maxBytes` (413), JSON (400 `INVALID_JSON` with the
 * line and column where parsing stopped), nested at most {@link MAX_JSON_DEPTH} deep and
 * free of NUL characters (400 `INVALID_REQUEST`: no store keeps them).
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, 1024 * 1024);
 * ```
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ text: string; value: unknown }> {
  const text = await readBodyText(request, maxBytes);
  if (text.trim() === '') throw new HttpError(400, 'INVALID_JSON', 'the request needs a JSON body');
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    throw new HttpError(
      400,
      'INVALID_JSON',
      `the body is not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`,
      { line: parsed.line, column: parsed.column },
    );
  }
  const problem = unacceptable(parsed.value);
  if (problem) throw new HttpError(400, 'INVALID_REQUEST', `the request body cannot be accepted: ${problem}`);
  return { text, value: parsed.value };
}

/**
 * Route middleware for an operation that takes a body: a JSON media type (415 otherwise),
 * read by {@link readJsonBody}, then handed to the route's zod validator.
 *
 * @example
 * ```ts
 * createRoute({ method: 'post', path: '/v1/resolve', middleware: [jsonBody], request: { body }, responses });
 * ```
 */
export const jsonBody: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const type = c.req.header('content-type');
  if (type === undefined || !JSON_MEDIA_TYPE.test(type.split(';')[0].trim())) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON, with Content-Type: application/json');
  }
  const { text } = await readJsonBody(c.req.raw, c.var.maxBodyBytes);
  // Hono's validator reads the body through this cache: it gets the text read and checked here.
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  await next();
};
