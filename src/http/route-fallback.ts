import type { MiddlewareHandler, NotFoundHandler } from 'hono';
import { answerError, type ApiApp, type ApiEnv } from './api-app.js';
import { HttpError } from './http-error.js';

/**
 * Middleware: a path whose percent-encoding is broken (`%E0%A4%A`) is a 400 before any
 * route sees it.
 *
 * @example
 * ```ts
 * app.use(decodablePath);
 * ```
 */
export const decodablePath: MiddlewareHandler<ApiEnv> = async (c, next) => {
  for (const segment of c.req.path.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      throw new HttpError(400, 'INVALID_REQUEST', 'a path segment is not valid percent-encoding');
    }
  }
  await next();
};

/** A route path (`/v1/connection_profiles/:id`) as a pattern of whole paths. */
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * What a request no operation matched gets: 405 with `Allow` when the path exists under
 * other methods, 404 otherwise. Both read the app's own route table.
 *
 * @example
 * ```ts
 * app.notFound(answerUnrouted(app));
 * ```
 */
export function answerUnrouted(app: ApiApp): NotFoundHandler<ApiEnv> {
  let operations: Array<{ method: string; pattern: RegExp }> | undefined;
  return (c) => {
    operations ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, pattern: patternOf(r.path) }));
    const path = c.req.path.replace(/\/+$/, '') || '/';
    const allowed = [...new Set(operations.filter((o) => o.pattern.test(path)).map((o) => o.method))];
    const error =
      allowed.length === 0
        ? new HttpError(404, 'NOT_FOUND', `no route ${path}`)
        : new HttpError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${path}; use ${allowed.join(', ')}`, undefined, {
            allow: allowed.join(', '),
          });
    return answerError(error, c);
  };
}
