import { redactResult } from '../../index.js';
import { apiRoute, errorResponses, type ApiApp } from '../api-app.js';
import { resolveBody, resolveResponse } from '../api-schemas.js';
import { jsonBodyOf, jsonResponse } from './route-parts.js';

export const resolveScript = apiRoute({
  method: 'post',
  path: '/v1/resolve',
  summary: 'Resolve DDL against the profiles',
  request: { body: jsonBodyOf(resolveBody) },
  responses: { 200: jsonResponse('tables, passthrough statements and diagnostics, secrets redacted', resolveResponse), ...errorResponses(400, 401, 413, 415, 422) },
});

/**
 * `/v1/resolve`: a script resolved against the tenant's profiles (and its tables
 * registered with `register: true`), secrets redacted.
 *
 * @example
 * ```ts
 * resolveRoutes(app);
 * ```
 */
export function resolveRoutes(app: ApiApp): void {
  app.openapi(resolveScript, async (c) => {
    const { sql, register } = c.req.valid('json');
    const { catalog } = c.var;
    return c.json(redactResult(await catalog.resolve(sql, { register }), catalog.registry) as never, 200);
  });
}
