import { parseJsonText } from '../index.js';
import { HttpError } from './http-error.js';

/**
 * The default largest request body accepted: 1 MiB.
 *
 * @example
 * ```ts
 * createHandler({ catalog, auth, maxBodyBytes: 4 * DEFAULT_MAX_BODY_BYTES });
 * ```
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON request body, refusing one larger than `maxBytes` (413) while it streams
 * in, and malformed JSON (400, with the line and column where parsing stopped).
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, 1024 * 1024);
 * ```
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new HttpError(413, 'BODY_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new HttpError(413, 'BODY_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpError(400, 'INVALID_JSON', 'the request needs a JSON body');
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  throw new HttpError(400, 'INVALID_JSON', `the body is not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`, { line: parsed.line, column: parsed.column });
}
