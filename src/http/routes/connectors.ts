import { z } from 'zod';
import { DIALECTS } from '../../connectors/dialect.js';
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
        profile_connector: z
          .string()
          .describe('The connector whose profiles a table of this one takes (upsert-kafka takes kafka profiles)'),
        roles: z.array(z.enum(['source', 'sink', 'lookup'])),
        profile_schema: z.record(z.string(), z.unknown()),
        table_schema: z.record(z.string(), z.unknown()),
        sensitive_fields: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ConnectorList' });

const connectorQuery = z.object({
  dialect: z.enum(DIALECTS).optional().describe("The dialect whose table connectors to list: `arroyo` (default) or `flink`, Flink SQL's"),
});

export const listConnectors = apiRoute({
  method: 'get',
  path: '/v1/connectors',
  summary: 'Registered connectors of a dialect with their JSON Schemas, sensitive fields marked',
  request: { query: connectorQuery },
  responses: { 200: jsonResponse('connectors', connectorList), ...errorResponses(400, 401) },
});

/**
 * `/v1/connectors`: every registered connector of a dialect (`?dialect=flink`; Arroyo's by
 * default) with its profile and table JSON Schemas.
 *
 * @example
 * ```ts
 * connectorRoutes(app);
 * ```
 */
export function connectorRoutes(app: ApiApp): void {
  app.openapi(listConnectors, async (c) => {
    const data = c.var.catalog
      .registryOf(c.req.valid('query').dialect ?? 'arroyo')
      .list()
      .map(connectorToWire);
    return c.json({ data } as never, 200);
  });
}
