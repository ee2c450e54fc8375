import { DdlProfilesError, type LibraryErrorCode } from '../index.js';

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
  ) {
    super(message);
  }
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
};

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
  return new HttpError(500, 'INTERNAL', 'the server failed to handle the request');
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
  const body = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  return json(error.status, body, error.headers);
}
