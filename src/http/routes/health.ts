import { z } from 'zod';
import { apiRoute, errorResponses, type ApiApp } from '../api-app.js';
import { HttpError } from '../http-error.js';
import { jsonResponse } from './route-parts.js';

export const health = apiRoute(
  {
    method: 'get',
    path: '/v1/health',
    summary: 'Whether the server and its store answer (no token needed; HEAD works too)',
    responses: { 200: jsonResponse('the server and its store answer', z.object({ status: z.literal('ok') })), ...errorResponses(503) },
  },
  'open',
);

/**
 * `/v1/health`, for load balancers and readiness probes: public, so it says no more than
 * whether the store answers (200, or 503 `STORE_UNAVAILABLE`). `HEAD` answers as `GET`
 * does, without a body.
 *
 * @example
 * ```ts
 * healthRoutes(app);
 * ```
 */
export function healthRoutes(app: ApiApp): void {
  app.openapi(health, async (c) => {
    try {
      await c.var.catalog.ping();
    } catch {
      throw new HttpError(503, 'STORE_UNAVAILABLE', 'the profile store is unavailable', undefined, { 'retry-after': '5' });
    }
    return c.json({ status: 'ok' as const }, 200);
  });
}
