import type { MiddlewareHandler } from 'hono';
import type { Catalog, TemplateEnv } from '../../index.js';
import type { ApiEnv } from '../api-app.js';
import { HttpError } from '../http-error.js';
import type { TokenAuth } from '../token-auth.js';

/**
 * Where the caller's tenant and environment come from.
 *
 * - `auth`: bearer tokens mapped to tenants, or `'none'` (every caller is `default`).
 * - `tenantEnv`: each tenant's own environment for `{{ NAME }}` templates. A tenant not
 *   listed gets an empty one: the catalog's own environment is never handed to a tenant.
 *
 * @example
 * ```ts
 * app.use(tenantContext({ catalog, auth, tenantEnv: { acme: { KAFKA_PASSWORD: '…' } } }));
 * ```
 */
export interface TenantSource {
  catalog: Catalog;
  auth: TokenAuth | 'none';
  tenantEnv?: Readonly<Record<string, TemplateEnv>>;
}

const NO_ENV: TemplateEnv = Object.freeze({});

/**
 * Middleware that reads the bearer token and sets `tenant` (undefined when the token is
 * missing or unknown) and `catalog`, scoped to that tenant and its own environment.
 *
 * @example
 * ```ts
 * app.use(tenantContext({ catalog, auth: new TokenAuth({ [token]: 'acme' }) }));
 * ```
 */
export function tenantContext(source: TenantSource): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const tenant = source.auth === 'none' ? 'default' : source.auth.tenantOf(c.req.header('authorization') ?? null);
    c.set('tenant', tenant);
    const env = tenant !== undefined && Object.hasOwn(source.tenantEnv ?? {}, tenant) ? source.tenantEnv![tenant] : NO_ENV;
    c.set('catalog', source.catalog.forTenant(tenant ?? 'default').withEnv(env));
    await next();
  };
}

/**
 * Route middleware: a 401 unless the caller's token named a tenant.
 *
 * @example
 * ```ts
 * createRoute({ method: 'get', path: '/v1/connectors', middleware: [requireTenant], responses });
 * ```
 */
export const requireTenant: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.var.tenant === undefined) {
    throw new HttpError(401, 'UNAUTHORIZED', 'send a valid bearer token: Authorization: Bearer TOKEN', undefined, {
      'www-authenticate': 'Bearer',
    });
  }
  await next();
};
