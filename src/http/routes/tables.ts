import { z } from 'zod';
import type { TableDefinitionInput } from '../../index.js';
import { apiRoute, errorResponses, type ApiApp } from '../api-app.js';
import { idParams, tableCreateBody, tableListQuery, tableResponse, tableTestBody, testQuery } from '../api-schemas.js';
import { remapErrorStatus } from '../http-error.js';
import { pageToWire, tableToWire } from '../wire-format.js';
import { jsonBodyOf, jsonResponse, liveTestResponses } from './route-parts.js';

const TABLES = '/v1/connection_tables';

/** A table body as the catalog takes it: the profile by id or name, options as SQL text. */
function tableInputOf(body: z.output<typeof tableTestBody>, name: string): TableDefinitionInput {
  const profile = body.connection_profile_id;
  return {
    name,
    profile: profile === undefined || profile === null ? null : String(profile),
    ...(body.connector ? { connector: body.connector } : {}),
    options: Object.fromEntries(Object.entries(body.config).map(([k, v]) => [k, String(v)])),
    ...(body.dialect ? { dialect: body.dialect } : {}),
    schema: body.schema,
  };
}

export const listTables = apiRoute({
  method: 'get',
  path: TABLES,
  summary: 'List tables',
  request: { query: tableListQuery },
  responses: {
    200: jsonResponse('a page of tables', z.object({ data: z.array(tableResponse), total: z.number().int() })),
    ...errorResponses(400, 401),
  },
});

export const registerTable = apiRoute({
  method: 'post',
  path: TABLES,
  summary: 'Register a table',
  request: { body: jsonBodyOf(tableCreateBody) },
  responses: { 201: jsonResponse('the table', tableResponse), ...errorResponses(400, 401, 404, 409, 413, 415, 422) },
});

export const testDraftTable = apiRoute({
  method: 'post',
  path: `${TABLES}/test`,
  summary: 'Test a draft table live with its profile (not saved)',
  request: { query: testQuery, body: jsonBodyOf(tableTestBody) },
  responses: liveTestResponses,
});

export const dropTable = apiRoute({
  method: 'delete',
  path: `${TABLES}/{id}`,
  summary: 'Drop a table',
  request: { params: idParams },
  responses: { 204: { description: 'dropped' }, ...errorResponses(400, 401, 404) },
});

export const testSavedTable = apiRoute({
  method: 'post',
  path: `${TABLES}/{id}/test`,
  summary: 'Test a registered table live: its profile, then its own resources (a topic)',
  request: { params: idParams, query: testQuery },
  responses: liveTestResponses,
});

/**
 * `/v1/connection_tables`: register, list, drop, and live tests of draft and registered
 * tables through the live-test pool.
 *
 * @example
 * ```ts
 * tableRoutes(app);
 * ```
 */
export function tableRoutes(app: ApiApp): void {
  app.openapi(listTables, async (c) => {
    const page = await c.var.catalog.tables.list(c.req.valid('query'));
    return c.json(pageToWire(page, tableToWire), 200);
  });

  app.openapi(registerTable, async (c) => {
    const body = c.req.valid('json');
    // An invalid table sent for registration is unprocessable content, as an invalid profile is
    // (TABLE_INVALID is a conflict, 409, where a profile update would break registered tables).
    const table = await remapErrorStatus('TABLE_INVALID', 422, () => c.var.catalog.tables.register(tableInputOf(body, body.name)));
    return c.json(tableToWire(table), 201);
  });

  app.openapi(testDraftTable, async (c) => {
    const body = c.req.valid('json');
    return c.var.tests.respond(c.req.raw, c.req.valid('query').deadline_ms, (options) =>
      c.var.catalog.tables.testDraft(tableInputOf(body, body.name ?? 'draft'), options),
    );
  });

  app.openapi(dropTable, async (c) => {
    await c.var.catalog.tables.drop(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(testSavedTable, async (c) => {
    const { id } = c.req.valid('param');
    await c.var.catalog.tables.get(id);
    return c.var.tests.respond(c.req.raw, c.req.valid('query').deadline_ms, (options) => c.var.catalog.tables.test(id, options));
  });
}
