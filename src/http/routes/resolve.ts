import { apiRoute, errorResponses, type ApiApp } from '../api-app.js';
import { resolveBody, resolveResponse } from '../api-schemas.js';
import { chunkedStream } from '../chunked-stream.js';
import { HttpError } from '../http-error.js';
import { jsonBodyOf, jsonResponse } from './route-parts.js';

export const resolveScript = apiRoute({
  method: 'post',
  path: '/v1/resolve',
  summary: 'Resolve DDL against the profiles',
  request: { body: jsonBodyOf(resolveBody) },
  responses: {
    200: jsonResponse('tables, passthrough statements and diagnostics, secrets redacted', resolveResponse),
    ...errorResponses(400, 401, 413, 415, 422),
  },
});

/**
 * `/v1/resolve`: a script resolved against the tenant's profiles (and its tables
 * registered with `register: true`), secrets redacted. A script past a bound
 * (`TOO_MANY_STATEMENTS`, `TOO_MANY_OPTIONS`) is a 422 with that code; a large one
 * resolves off the event loop (see `ScriptResolver`).
 *
 * @example
 * ```ts
 * resolveRoutes(app);
 * ```
 */
export function resolveRoutes(app: ApiApp): void {
  app.openapi(resolveScript, async (c) => {
    const { sql, ...request } = c.req.valid('json');
    const { body, limit } = await c.var.resolver.resolve(c.var.catalog, sql, request);
    if (limit)
      throw new HttpError(422, limit.code, limit.message, {
        line: limit.line,
        column: limit.column,
        ...(limit.table ? { table: limit.table } : {}),
      });
    const type = { 'content-type': 'application/json; charset=utf-8' };
    if (typeof body === 'string') return c.body(body, 200, type) as never;
    return c.body(chunkedStream(body), 200, { ...type, 'content-length': String(body.byteLength) }) as never;
  });
}
