import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../api-app.js';

/**
 * One line the handler logs per request. It never holds a body, a header or a secret.
 *
 * @example
 * ```ts
 * createHandler({ catalog, auth, log: (entry: RequestLogEntry) => console.error(JSON.stringify(entry)) });
 * // {"method":"GET","path":"/v1/connection_profiles","status":200,"durationMs":1.2,"tenant":"acme"}
 * ```
 */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  tenant?: string;
  /** The error code of an error response. */
  code?: string;
  /**
   * For a 500, what failed: the error's class, its `code` if it has one, and where it was
   * thrown. Never its message, which may quote input (a JSON parser's does).
   */
  internal?: string;
}

/**
 * The outermost middleware: after the response is settled, one {@link RequestLogEntry}.
 *
 * @example
 * ```ts
 * app.use(requestLog((entry) => process.stderr.write(`${JSON.stringify(entry)}\n`)));
 * ```
 */
export function requestLog(log: ((entry: RequestLogEntry) => void) | undefined): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const tenant = c.var.tenant;
    log?.({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(tenant ? { tenant } : {}),
      ...c.var.failure,
    });
  };
}
