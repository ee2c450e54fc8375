import type { ApiApp } from '../api-app.js';
import { connectorRoutes } from './connectors.js';
import { healthRoutes } from './health.js';
import { openApiRoutes } from './openapi.js';
import { profileRoutes } from './profiles.js';
import { resolveRoutes } from './resolve.js';
import { sessionRoutes } from './session.js';
import { tableRoutes } from './tables.js';

/**
 * The REST API's resource modules, in the order they are mounted. Each one defines its
 * operations once (`apiRoute`: method, path, params, query, body, responses as zod) and
 * mounts them; routing, validation and the OpenAPI document all come from those
 * definitions. The web console's static assets (`console.ts`) are mounted apart, by
 * `createHandler`, when the server has them.
 *
 * @example
 * ```ts
 * for (const mount of resourceModules) mount(app);
 * ```
 */
export const resourceModules: ReadonlyArray<(app: ApiApp) => void> = [
  healthRoutes,
  openApiRoutes,
  sessionRoutes,
  connectorRoutes,
  profileRoutes,
  tableRoutes,
  resolveRoutes,
];

/**
 * Mounts every resource module on `app`.
 *
 * @example
 * ```ts
 * const app = newApiApp();
 * mountRoutes(app);
 * ```
 */
export function mountRoutes(app: ApiApp): void {
  for (const mount of resourceModules) mount(app);
}
export { consoleRoutes, loadConsoleAssets, CONSOLE_SECURITY_HEADERS, DEFAULT_CONSOLE_DIR, type ConsoleAssets } from './console.js';
