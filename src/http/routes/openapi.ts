import { z } from 'zod';
import { apiRoute, type ApiApp } from '../api-app.js';
import { documentOf } from '../openapi-document.js';

export const openApiJson = apiRoute(
  {
    method: 'get',
    path: '/v1/openapi.json',
    summary: 'This document (no token needed)',
    responses: {
      200: { description: 'the OpenAPI 3.1 document', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
    },
  },
  'open',
);

/**
 * `/v1/openapi.json`: the OpenAPI 3.1 document of the very routes this app serves,
 * generated once, on first request.
 *
 * @example
 * ```ts
 * openApiRoutes(app);
 * ```
 */
export function openApiRoutes(app: ApiApp): void {
  let document: Record<string, unknown> | undefined;
  app.openapi(openApiJson, (c) => {
    document ??= documentOf(app, c.var.catalog.registry);
    return c.json(document, 200);
  });
}
