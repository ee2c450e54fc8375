import type { z } from 'zod';
import { testResultResponse } from '../api-schemas.js';
import { errorResponses } from '../api-app.js';

/**
 * A required JSON request body of `schema`, for a route definition.
 *
 * @example
 * ```ts
 * request: { body: jsonBodyOf(resolveBody) }
 * ```
 */
export function jsonBodyOf<S extends z.ZodType>(schema: S) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/**
 * A JSON response of `schema`, for a route definition.
 *
 * @example
 * ```ts
 * responses: { 200: jsonResponse('the profile', profileResponse) }
 * ```
 */
export function jsonResponse<S extends z.ZodType>(description: string, schema: S) {
  return { description, content: { 'application/json': { schema } } } as const;
}

/**
 * The responses of every live-test route: the verdict as JSON, or with `Accept:
 * text/event-stream` one event per step and then the verdict.
 *
 * @example
 * ```ts
 * responses: liveTestResponses
 * ```
 */
export const liveTestResponses = {
  200: {
    description: 'the verdict; with Accept: text/event-stream, one `step` event per step, then a `result` event',
    content: { 'application/json': { schema: testResultResponse }, 'text/event-stream': { schema: testResultResponse } },
  },
  ...errorResponses(400, 401, 404, 413, 415, 422, 429),
} as const;

/**
 * The header that carries a profile's version, for `If-Match` on the next update.
 *
 * @example
 * ```ts
 * responses: { 200: { ...jsonResponse('the profile', profileResponse), headers: versionHeader } }
 * ```
 */
export const versionHeader = {
  ETag: { description: 'the profile version, for If-Match on the next update', schema: { type: 'string' as const } },
};
