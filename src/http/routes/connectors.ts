import { z } from 'zod';
import { apiRoute, errorResponses, type ApiApp } from '../api-app.js';
import { connectorToWire } from '../wire-format.js';
import { jsonResponse } from './route-parts.js';

const connectorList = z
  .object({
    data: z.array(
      z.object({
        name: z.string(),
        description: z.string(),
        takes_profile: z.boolean(),
        roles: z.array(z.enum(['source', 'sink', 'lookup'])),
        profile_schema: z.record(z.string(), z.unknown()),
        table_schema: z.record(z.string(), z.unknown()),
        sensitive_fields: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ConnectorList' });

export const listConnectors = apiRoute({
  method: 'get',
  path: '/v1/connectors',
  summary: 'Registered connectors with their JSON Schemas, sensitive fields marked',
  responses: { 200: jsonResponse('connectors', connectorList), ...errorResponses(401) },
});

/**
 * `/v1/connectors`: every registered connector with its profile and table JSON Schemas.
 *
 * @example
 * ```ts
 * connectorRoutes(app);
 * ```
 */
export function connectorRoutes(app: ApiApp): void {
  app.openapi(listConnectors, async (c) => {
    const data = c.var.catalog.registry.list().map(connectorToWire);
    return c.json({ data } as never, 200);
  });
}
