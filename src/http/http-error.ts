import { DdlProfilesError, type LibraryErrorCode } from '../index.js';
import { errorToWire } from './wire-format.js';

/**
 * An error with its HTTP status, rendered as `{ error: { code, message, details? } }`.
 *
 * @example
 * ```ts
 * throw new HttpError(413, 'BODY_TOO_LARGE', 'the body is larger than 1048576 bytes');
 * ```
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
    /** For a 500: what failed, by class, code and throw site (see {@link describeInternal}); never sent. */
    readonly internal?: string,
  ) {
    super(message);
  }
}

/**
 * What an unexpected error may tell the log: its class, its `code` if it has one, and
 * where it was thrown (the first stack frame in a file), never its message, which may
 * quote input (a JSON parser's does).
 *
 * @example
 * ```ts
 * describeInternal(new TypeError('x')); // 'TypeError at list (/app/src/catalog/catalog.ts:12:3)'
 * ```
 */
export function describeInternal(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const at = error.stack
    ?.split('\n')
    .find((line) => line.trimStart().startsWith('at ') && /[/\\]/.test(line))
    ?.trim();
  return [error.name, typeof code === 'string' ? code : undefined, at].filter(Boolean).join(' ');
}

const STATUS: Record<LibraryErrorCode, number> = {
  PROFILE_EXISTS: 409,
  PROFILE_NOT_FOUND: 404,
  PROFILE_IN_USE: 409,
  PROFILE_INVALID: 422,
  TABLE_EXISTS: 409,
  TABLE_NOT_FOUND: 404,
  TABLE_INVALID: 409,
  VERSION_CONFLICT: 409,
  STORE_UNAVAILABLE: 503,
  UNKNOWN_CONNECTOR: 422,
  TEST_FAILED: 422,
  INVALID_ARGUMENT: 400,
  // The operator's key setup, not the caller's request: the store cannot seal or open a secret.
  SECRET_KEY_REQUIRED: 503,
  SECRET_KEY_UNKNOWN: 503,
};

/**
 * Runs a route's call, remapErrorStatus the library error `code` with `status` rather than its
 * usual one (a stale If-Match is 412 where a stale version in the body is 409). Any other
 * error, the cause of a 500 included, passes through as it was.
 *
 * @example
 * ```ts
 * const saved = await remapErrorStatus('VERSION_CONFLICT', 412, () => catalog.profiles.update(id, update));
 * ```
 */
export async function remapErrorStatus<T>(code: string, status: number, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const http = asHttpError(error);
    throw http.code === code ? new HttpError(status, http.code, http.message, http.details, http.headers) : http;
  }
}

/**
 * The HTTP form of any error a route raised: library errors keep their stable code;
 * anything unexpected becomes a 500 whose message says nothing of its internals.
 *
 * @example
 * ```ts
 * const e = asHttpError(new DdlProfilesError('PROFILE_NOT_FOUND', "profile 'x' does not exist"));
 * e.status; // 404
 * ```
 */
export function asHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof DdlProfilesError) return new HttpError(STATUS[error.code] ?? 500, error.code, error.message, error.details);
  return new HttpError(500, 'INTERNAL', 'the server failed to handle the request', undefined, {}, describeInternal(error));
}

/**
 * A JSON response with the given status.
 *
 * @example
 * ```ts
 * return json(201, profile);
 * ```
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/**
 * The response for an error.
 *
 * @example
 * ```ts
 * return errorResponse(asHttpError(error));
 * ```
 */
export function errorResponse(error: HttpError): Response {
  return json(error.status, errorToWire(error.code, error.message, error.details), error.headers);
}
