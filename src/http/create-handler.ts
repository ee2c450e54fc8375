import { DEFAULT_TEST_DEADLINE_MS, type Catalog, type TemplateEnv } from '../index.js';
import { newApiApp } from './api-app.js';
import { DEFAULT_MAX_BODY_BYTES, requestLog, tenantContext, TestPool, type RequestLogEntry } from './middleware/index.js';
import { answerUnrouted, decodablePath } from './route-fallback.js';
import { ScriptResolver, type ScriptResolverOptions } from './script-resolver.js';
import { consoleRoutes, mountRoutes, type ConsoleAssets } from './routes/index.js';
import type { TokenAuth } from './token-auth.js';

/**
 * The longest deadline a caller may ask of a live test (`?deadline_ms=`) unless the
 * server says otherwise: 60 s.
 *
 * @example
 * ```ts
 * createHandler({ catalog, auth, maxTestDeadlineMs: DEFAULT_MAX_TEST_DEADLINE_MS / 2 });
 * ```
 */
export const DEFAULT_MAX_TEST_DEADLINE_MS = 60_000;

/**
 * How the handler authenticates, limits and logs.
 *
 * - `auth`: bearer tokens mapped to tenants, or `'none'` (only for `--insecure-no-auth`,
 *   where every request is tenant `default`).
 * - `tenantEnv`: each tenant's own environment for `{{ NAME }}` templates; a tenant not
 *   listed gets none. The catalog's own environment is never used.
 * - `maxBodyBytes`: larger bodies get 413 (default 1 MiB).
 * - `maxConcurrentTests`: live tests in flight at once, from every route, beyond which
 *   429 (default 4).
 * - `testDeadlineMs`: the deadline of a live test that asks for none (default 10 s);
 *   `maxTestDeadlineMs` caps what `?deadline_ms=` may ask (default 60 s).
 * - `resolve`: bounds of `/v1/resolve` (statements per script, options per table: 422
 *   beyond them) and the size from which a script resolves in a worker thread.
 * - `console`: the web console's built assets (`loadConsoleAssets()`), served at `/`;
 *   without them, `/` is a 404.
 *
 * @example
 * ```ts
 * const options: HandlerOptions = { catalog, auth: new TokenAuth({ [token]: 'acme' }), maxBodyBytes: 256 * 1024 };
 * const handler = createHandler(options);
 * ```
 */
export interface HandlerOptions {
  catalog: Catalog;
  auth: TokenAuth | 'none';
  tenantEnv?: Readonly<Record<string, TemplateEnv>>;
  maxBodyBytes?: number;
  maxConcurrentTests?: number;
  testDeadlineMs?: number;
  maxTestDeadlineMs?: number;
  resolve?: ScriptResolverOptions;
  log?: (entry: RequestLogEntry) => void;
  console?: ConsoleAssets;
}

/**
 * A web-standard request handler.
 *
 * @example
 * ```ts
 * const handler: RequestHandler = createHandler({ catalog, auth });
 * const response = await handler(new Request('http://localhost/v1/health'));
 * ```
 */
export type RequestHandler = (request: Request) => Promise<Response>;

/**
 * The REST API as a web-standard handler, `(request: Request) => Promise<Response>`:
 * mount it in node:http (see `toNodeListener`), Fastify, Hono or Express. Every route
 * is scoped to the tenant of the caller's bearer token and that tenant's environment;
 * secrets never leave in a response or a log entry. The operations are the route
 * modules of `routes/`, each defined once for routing, validation and OpenAPI.
 *
 * @example
 * ```ts
 * const handler = createHandler({ catalog, auth: new TokenAuth({ [token]: 'acme' }) });
 * const response = await handler(new Request('http://localhost/v1/connectors', { headers: { authorization: `Bearer ${token}` } }));
 * ```
 */
export function createHandler(options: HandlerOptions): RequestHandler {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const tests = new TestPool({
    max: options.maxConcurrentTests ?? 4,
    deadlineMs: options.testDeadlineMs ?? DEFAULT_TEST_DEADLINE_MS,
    maxDeadlineMs: options.maxTestDeadlineMs ?? DEFAULT_MAX_TEST_DEADLINE_MS,
  });
  const resolver = new ScriptResolver(options.resolve);
  const app = newApiApp();
  app.use(requestLog(options.log));
  app.use(decodablePath);
  app.use(tenantContext(options));
  app.use(async (c, next) => {
    c.set('tests', tests);
    c.set('resolver', resolver);
    c.set('maxBodyBytes', maxBodyBytes);
    await next();
  });
  mountRoutes(app);
  if (options.console) consoleRoutes(options.console)(app);
  app.notFound(answerUnrouted(app));
  return async (request) => app.fetch(request);
}
