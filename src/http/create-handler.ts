import type { z } from 'zod';
import { redactResult, type Catalog, type TestOptions, type TestResult } from '../index.js';
import {
  profileCreateBody,
  profileTestBody,
  profileUpdateBody,
  resolveBody,
  tableCreateBody,
} from './api-schemas.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { asHttpError, errorResponse, HttpError, json } from './http-error.js';
import { openApiDocument } from './openapi-document.js';
import { DEFAULT_MAX_BODY_BYTES, readJsonBody } from './request-body.js';
import { eventStream } from './server-sent-events.js';
import type { TokenAuth } from './token-auth.js';
import { profileToWire, tableToWire } from './wire-format.js';

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

/** What an unexpected error may tell the log: class, code and throw site, not its message. */
function describeInternal(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  // The first frame in a file: a frame such as `JSON.parse (<anonymous>)` says little.
  const at = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at ') && /[/\\]/.test(line))?.trim();
  return [error.name, typeof code === 'string' ? code : undefined, at].filter(Boolean).join(' ');
}

/**
 * How the handler authenticates, limits and logs.
 *
 * - `auth`: bearer tokens mapped to tenants, or `'none'` (only for `--insecure-no-auth`,
 *   where every request is tenant `default`).
 * - `maxBodyBytes`: larger bodies get 413 (default 1 MiB).
 * - `maxConcurrentTests`: live tests in flight at once, beyond which 429 (default 4).
 * - `testDeadlineMs`: the deadline of each live test (default 10 s).
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
  maxBodyBytes?: number;
  maxConcurrentTests?: number;
  testDeadlineMs?: number;
  log?: (entry: RequestLogEntry) => void;
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

interface RouteContext {
  request: Request;
  url: URL;
  params: string[];
  catalog: Catalog;
  body: () => Promise<unknown>;
}

/** A path segment decoded, or a 400 when its percent-encoding is broken (`%E0%A4%A`). */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'INVALID_REQUEST', `the path segment '${segment}' is not valid percent-encoding`);
  }
}

/** A route; `open` ones answer without a token (they hold nothing of any tenant's). */
type Route = { method: string; pattern: RegExp; open?: true; run: (context: RouteContext) => Promise<Response> };

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new HttpError(400, 'INVALID_REQUEST', `the request body is not valid: ${issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')}`, { issues });
}

function wholeNumber(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw new HttpError(400, 'INVALID_REQUEST', `query parameter ${name} takes a whole number`);
  return Number(value);
}

/** Runs a route's call, answering the library error `code` with `status` rather than its usual one. */
async function answering<T>(code: string, status: number, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const http = asHttpError(error);
    throw http.code === code ? new HttpError(status, http.code, http.message, http.details, http.headers) : http;
  }
}

/** A profile's version as an entity tag, for `If-Match` on the next update. */
function etagOf(profile: { version: number }): string {
  return `"${profile.version}"`;
}

function versionOf(request: Request, bodyVersion: number | undefined): { version: number; fromHeader: boolean } {
  const header = request.headers.get('if-match');
  if (header !== null) {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (!match) throw new HttpError(400, 'INVALID_REQUEST', 'If-Match takes the profile version, for example "3"');
    return { version: Number(match[1]), fromHeader: true };
  }
  if (bodyVersion === undefined) throw new HttpError(428, 'VERSION_REQUIRED', 'send the version you read, as If-Match or as "version" in the body');
  return { version: bodyVersion, fromHeader: false };
}

/**
 * The REST API as a web-standard handler, `(request: Request) => Promise<Response>`:
 * mount it in node:http (see `toNodeListener`), Fastify, Hono or Express. Every route
 * is scoped to the tenant of the caller's bearer token; secrets never leave in a
 * response or a log entry.
 *
 * @example
 * ```ts
 * const handler = createHandler({ catalog, auth: new TokenAuth({ [token]: 'acme' }) });
 * const response = await handler(new Request('http://localhost/v1/connectors', { headers: { authorization: `Bearer ${token}` } }));
 * ```
 */
export function createHandler(options: HandlerOptions): RequestHandler {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const tests = new ConcurrencyLimit(options.maxConcurrentTests ?? 4);
  const testOptions: TestOptions = { deadlineMs: options.testDeadlineMs ?? 10_000 };
  const openapi = JSON.stringify(openApiDocument(options.catalog.registry));

  const runTest = async (request: Request, test: (o: TestOptions) => Promise<TestResult>): Promise<Response> => {
    const release = tests.tryAcquire();
    if (!release) throw new HttpError(429, 'TOO_MANY_TESTS', `at most ${tests.max} live tests run at once; try again shortly`, undefined, { 'retry-after': '1' });
    const signal = request.signal;
    if ((request.headers.get('accept') ?? '').includes('text/event-stream')) {
      return eventStream(async (send) => {
        try {
          send('result', await test({ ...testOptions, signal, onStep: (step) => send('step', step) }));
        } finally {
          release();
        }
      });
    }
    try {
      return json(200, await test({ ...testOptions, signal }));
    } finally {
      release();
    }
  };

  const routes: Route[] = [
    { method: 'GET', pattern: /^\/v1\/openapi\.json$/, open: true, run: async () => new Response(openapi, { headers: { 'content-type': 'application/json; charset=utf-8' } }) },
    {
      // For load balancers and readiness probes: public, so it says no more than whether the store answers.
      method: 'GET',
      pattern: /^\/v1\/health$/,
      open: true,
      run: async ({ catalog }) => {
        try {
          await catalog.ping();
        } catch {
          throw new HttpError(503, 'STORE_UNAVAILABLE', 'the profile store is unavailable', undefined, { 'retry-after': '5' });
        }
        return json(200, { status: 'ok' });
      },
    },
    {
      // The tenant the caller's token maps to: what the console shows after sign-in.
      method: 'GET',
      pattern: /^\/v1\/whoami$/,
      run: async ({ catalog }) => json(200, { tenant: catalog.tenant }),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/connectors$/,
      run: async ({ catalog }) =>
        json(200, {
          data: catalog.registry.list().map((c) => {
            const schemas = c.jsonSchemas();
            return { name: c.name, description: c.description, profile_schema: schemas.profile, table_schema: schemas.table, sensitive_fields: c.sensitiveKeys };
          }),
        }),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/connection_profiles$/,
      run: async ({ catalog, url }) => {
        const page = await catalog.profiles.list({ limit: wholeNumber(url, 'limit'), offset: wholeNumber(url, 'offset') });
        return json(200, { data: page.items.map(profileToWire), total: page.total });
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/connection_profiles$/,
      run: async ({ catalog, url, body }) => {
        const input = parse(profileCreateBody, await body());
        const test = url.searchParams.get('test') === 'true' ? testOptions : undefined;
        const created = await catalog.profiles.create(input, { test });
        return json(201, profileToWire(created), { etag: etagOf(created) });
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/connection_profiles\/test$/,
      run: async ({ catalog, request, body }) => {
        const draft = parse(profileTestBody, await body());
        return runTest(request, (o) => catalog.testDraft({ name: draft.name ?? 'draft', connector: draft.connector, config: draft.config }, o));
      },
    },
    {
      method: 'GET',
      pattern: /^\/v1\/connection_profiles\/([^/]+)$/,
      run: async ({ catalog, params }) => {
        const profile = await catalog.profiles.get(params[0]);
        return json(200, profileToWire(profile), { etag: etagOf(profile) });
      },
    },
    {
      method: 'PUT',
      pattern: /^\/v1\/connection_profiles\/([^/]+)$/,
      run: async ({ catalog, request, params, body }) => {
        const update = parse(profileUpdateBody, await body());
        const { version, fromHeader } = versionOf(request, update.version);
        // A stale If-Match is a failed precondition (412); a stale version in the body, a conflict (409).
        const saved = await answering('VERSION_CONFLICT', fromHeader ? 412 : 409, () => catalog.profiles.update(params[0], { ...update, version }));
        return json(200, profileToWire(saved), { etag: etagOf(saved) });
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/v1\/connection_profiles\/([^/]+)$/,
      run: async ({ catalog, params }) => {
        await catalog.profiles.delete(params[0]);
        return new Response(null, { status: 204 });
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/connection_profiles\/([^/]+)\/test$/,
      run: async ({ catalog, request, params }) => {
        await catalog.profiles.get(params[0]);
        return runTest(request, (o) => catalog.profiles.test(params[0], o));
      },
    },
    {
      // Values a table on this profile may name (a Kafka cluster's topics), live: bounded
      // like a test and counted in the same pool.
      method: 'GET',
      pattern: /^\/v1\/connection_profiles\/([^/]+)\/autocomplete$/,
      run: async ({ catalog, request, params }) => {
        await catalog.profiles.get(params[0]);
        const release = tests.tryAcquire();
        if (!release) throw new HttpError(429, 'TOO_MANY_TESTS', `at most ${tests.max} live tests run at once; try again shortly`, undefined, { 'retry-after': '1' });
        try {
          const found = await catalog.profiles.autocomplete(params[0], { ...testOptions, signal: request.signal });
          if (!found.ok) throw new HttpError(422, 'TEST_FAILED', `the values could not be listed: ${found.error.message}`, { error: found.error });
          return json(200, { values: found.values });
        } finally {
          release();
        }
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/connection_tables\/([^/]+)\/test$/,
      run: async ({ catalog, request, params }) => {
        await catalog.tables.get(params[0]);
        return runTest(request, (o) => catalog.tables.test(params[0], o));
      },
    },
    {
      method: 'GET',
      pattern: /^\/v1\/connection_tables$/,
      run: async ({ catalog, url }) => {
        const page = await catalog.tables.list({
          ...(url.searchParams.get('profile') ? { profile: url.searchParams.get('profile')! } : {}),
          limit: wholeNumber(url, 'limit'),
          offset: wholeNumber(url, 'offset'),
        });
        return json(200, { data: page.items.map(tableToWire), total: page.total });
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/connection_tables$/,
      run: async ({ catalog, body }) => {
        const input = parse(tableCreateBody, await body());
        // An invalid table sent for registration is unprocessable content, as an invalid profile is
        // (TABLE_INVALID is a conflict, 409, where a profile update would break registered tables).
        const table = await answering('TABLE_INVALID', 422, () =>
          catalog.tables.register({
            name: input.name,
            profile: input.connection_profile_id === undefined || input.connection_profile_id === null ? null : String(input.connection_profile_id),
            ...(input.connector ? { connector: input.connector } : {}),
            options: Object.fromEntries(Object.entries(input.config).map(([k, v]) => [k, String(v)])),
            schema: input.schema,
          }),
        );
        return json(201, tableToWire(table));
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/v1\/connection_tables\/([^/]+)$/,
      run: async ({ catalog, params }) => {
        await catalog.tables.drop(params[0]);
        return new Response(null, { status: 204 });
      },
    },
    {
      method: 'POST',
      pattern: /^\/v1\/resolve$/,
      run: async ({ catalog, body }) => {
        const { sql, register } = parse(resolveBody, await body());
        return json(200, redactResult(await catalog.resolve(sql, { register }), catalog.registry));
      },
    },
  ];

  return async (request) => {
    const started = performance.now();
    const url = new URL(request.url);
    let tenant: string | undefined;
    let response: Response;
    let failure: { code: string; internal?: string } | undefined;
    try {
      const path = url.pathname.replace(/\/+$/, '') || '/';
      const matching = routes.filter((r) => r.pattern.test(path));
      if (matching.length === 0) throw new HttpError(404, 'NOT_FOUND', `no route ${path}`);
      const route = matching.find((r) => r.method === request.method);
      if (!route) {
        const allow = matching.map((r) => r.method).join(', ');
        throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; use ${allow}`, undefined, { allow });
      }
      tenant = options.auth === 'none' ? 'default' : options.auth.tenantOf(request.headers.get('authorization'));
      if (!tenant && !route.open) {
        throw new HttpError(401, 'UNAUTHORIZED', 'send a valid bearer token: Authorization: Bearer TOKEN', undefined, { 'www-authenticate': 'Bearer' });
      }
      const params = (route.pattern.exec(path) ?? []).slice(1).map(decodePathSegment);
      const catalog = options.catalog.forTenant(tenant ?? 'default');
      response = await route.run({ request, url, params, catalog, body: () => readJsonBody(request, maxBodyBytes) });
    } catch (error) {
      const httpError = asHttpError(error);
      failure = { code: httpError.code, ...(httpError.code === 'INTERNAL' ? { internal: describeInternal(error) } : {}) };
      response = errorResponse(httpError);
    }
    options.log?.({
      method: request.method,
      path: url.pathname,
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(tenant ? { tenant } : {}),
      ...failure,
    });
    return response;
  };
}
