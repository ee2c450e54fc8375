import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import type { Catalog } from '../index.js';
import { errorResponseSchema } from './api-schemas.js';
import { asHttpError, errorResponse, HttpError } from './http-error.js';
import { jsonBody } from './middleware/json-body.js';
import type { TestPool } from './middleware/test-pool.js';
import type { ScriptResolver } from './script-resolver.js';
import { requireTenant } from './middleware/tenant-context.js';

/**
 * What the middleware hands each route: the caller's tenant (when its token is valid),
 * the catalog scoped to that tenant and its own environment, the live-test pool, and the
 * script resolver and the body limit. `failure` is what the request log says of an error response.
 *
 * @example
 * ```ts
 * app.openapi(route, (c) => c.json(await c.var.catalog.profiles.list(), 200));
 * ```
 */
export interface ApiVariables {
  tenant: string | undefined;
  catalog: Catalog;
  tests: TestPool;
  resolver: ScriptResolver;
  maxBodyBytes: number;
  failure?: { code: string; internal?: string };
}

/**
 * The Hono environment of the REST API.
 *
 * @example
 * ```ts
 * const app = new OpenAPIHono<ApiEnv>();
 * ```
 */
export type ApiEnv = { Variables: ApiVariables };

/**
 * The REST API's application: Hono with zod-openapi, so each route is defined once.
 *
 * @example
 * ```ts
 * export function healthRoutes(app: ApiApp): void { app.openapi(health, (c) => c.json({ status: 'ok' }, 200)); }
 * ```
 */
export type ApiApp = OpenAPIHono<ApiEnv>;

const WHERE: Record<string, string> = { json: 'the request body', query: 'the query', param: 'the path', header: 'the headers' };

/** A zod failure of one part of the request as our 400, with each issue's path and message as data. */
function invalidRequest(target: string, error: z.ZodError): HttpError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const where = WHERE[target] ?? `the ${target}`;
  const listed = issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ');
  return new HttpError(400, 'INVALID_REQUEST', `${where} is not valid: ${listed}`, { issues });
}

/** Codes for the statuses Hono itself raises (415 from the media-type gate, 400 for a body it cannot read). */
const HONO_CODES: Record<number, string> = { 400: 'INVALID_REQUEST', 413: 'BODY_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

/**
 * Answers any error a route or middleware raised, and notes it for the request log: a
 * library error keeps its code; anything unexpected is a bare 500, logged by class and
 * throw site.
 *
 * @example
 * ```ts
 * app.onError(answerError);
 * ```
 */
export function answerError(error: unknown, c: { set: (key: 'failure', value: ApiVariables['failure']) => void }): Response {
  const http =
    error instanceof HTTPException
      ? error.status === 415
        ? new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as JSON, with Content-Type: application/json')
        : new HttpError(error.status, HONO_CODES[error.status] ?? 'INVALID_REQUEST', error.message || 'the request cannot be read')
      : asHttpError(error);
  c.set('failure', { code: http.code, ...(http.code === 'INTERNAL' ? { internal: http.internal } : {}) });
  return errorResponse(http);
}

/**
 * A new, empty API application: trailing slashes ignored, and every validation failure
 * answered as `400 INVALID_REQUEST` with the issues as data.
 *
 * @example
 * ```ts
 * const app = newApiApp();
 * mountRoutes(app);
 * ```
 */
export function newApiApp(): ApiApp {
  const app = new OpenAPIHono<ApiEnv>({
    strict: false,
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.target, result.error);
    },
  });
  app.onError(answerError);
  return app;
}

/**
 * The error responses of an operation, for its OpenAPI entry.
 *
 * @example
 * ```ts
 * responses: { 200: { description: 'ok' }, ...errorResponses(401, 404) }
 * ```
 */
export function errorResponses<const S extends number>(
  ...statuses: S[]
): Record<S, { description: string; content: { 'application/json': { schema: typeof errorResponseSchema } } }> {
  const entry = {
    description: 'an error: { error: { code, message, details? } }',
    content: { 'application/json': { schema: errorResponseSchema } },
  };
  return Object.fromEntries(statuses.map((s) => [s, entry])) as never;
}

/** The middleware a route gets from its definition: a tenant unless it is open, and the JSON body reader when it takes a body. */
type RouteMiddleware = MiddlewareHandler<ApiEnv>[];

/**
 * Defines one operation: method, path, params, query, body and responses as zod. The
 * same object routes the request, validates it and documents it in OpenAPI. Every
 * operation needs a tenant's bearer token unless `access` is `'open'` (it then says
 * `security: []`), and one that takes a body reads it through the JSON body middleware.
 *
 * @example
 * ```ts
 * const getProfile = apiRoute({ method: 'get', path: '/v1/connection_profiles/{id}', request: { params: idParams }, responses: { 200: { description: 'the profile' } } });
 * ```
 */
export function apiRoute<const R extends Omit<RouteConfig, 'middleware'>>(
  route: R,
  access: 'tenant' | 'open' = 'tenant',
): R & { middleware: RouteMiddleware } {
  const middleware: RouteMiddleware = [...(access === 'tenant' ? [requireTenant] : []), ...(route.request?.body ? [jsonBody] : [])];
  return createRoute({ ...route, middleware, ...(access === 'open' ? { security: [] } : {}) }) as R & { middleware: RouteMiddleware };
}
