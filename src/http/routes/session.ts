import { z } from 'zod';
import { apiRoute, errorResponses, type ApiApp } from '../api-app.js';
import { jsonResponse } from './route-parts.js';

export const whoami = apiRoute({
  method: 'get',
  path: '/v1/whoami',
  summary: "The tenant the caller's token maps to (what the web console shows after sign-in)",
  responses: { 200: jsonResponse('the caller', z.object({ tenant: z.string() }).meta({ id: 'Caller' })), ...errorResponses(401) },
});

/**
 * `/v1/whoami`: the caller's tenant; a wrong token is the usual 401.
 *
 * @example
 * ```ts
 * sessionRoutes(app);
 * ```
 */
export function sessionRoutes(app: ApiApp): void {
  app.openapi(whoami, async (c) => c.json({ tenant: c.var.tenant! }, 200));
}
