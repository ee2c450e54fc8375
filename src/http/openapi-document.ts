import type { ConnectorRegistry } from '../index.js';
import { newApiApp, type ApiApp } from './api-app.js';
import { mountRoutes } from './routes/index.js';

/**
 * The OpenAPI 3.1 document of `app`'s operations, from the same route definitions that
 * route and validate requests, plus every registered connector's profile and table
 * schemas as components (`kafka_profile_config`, …).
 *
 * @example
 * ```ts
 * const doc = documentOf(app, catalog.registry);
 * ```
 */
export function documentOf(app: ApiApp, registry: ConnectorRegistry): Record<string, unknown> {
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'ddl-profiles',
      version: '0.1.0',
      description: 'Connection profiles, tables and DDL resolution for streaming-SQL platforms.',
    },
    security: [{ bearer: [] }],
  });
  const connectorSchemas = Object.fromEntries(
    registry.list().flatMap((c) => {
      const { profile, table } = c.jsonSchemas();
      const strip = ({ $schema: _ignored, ...rest }: Record<string, unknown>) => rest;
      return [
        [`${c.name}_profile_config`, strip(profile)],
        [`${c.name}_table_config`, strip(table)],
      ];
    }),
  );
  const components = document.components ?? {};
  return {
    ...document,
    components: {
      ...components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ...components.schemas, ...connectorSchemas },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the REST API, generated from the same zod route
 * definitions that route and validate requests, plus every registered connector's
 * profile and table schemas.
 *
 * @example
 * ```ts
 * const doc = openApiDocument(createRegistry());
 * doc.openapi; // '3.1.0'
 * ```
 */
export function openApiDocument(registry: ConnectorRegistry): Record<string, unknown> {
  const app = newApiApp();
  mountRoutes(app);
  return documentOf(app, registry);
}
