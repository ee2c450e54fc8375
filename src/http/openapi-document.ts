import { z } from 'zod';
import type { ConnectorRegistry } from '../index.js';
import {
  errorResponseSchema,
  profileCreateBody,
  profileResponse,
  profileTestBody,
  profileUpdateBody,
  resolveBody,
  resolveResponse,
  tableCreateBody,
  tableResponse,
  testResultResponse,
} from './api-schemas.js';

function schema(type: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const ok = (description: string, name?: string) => ({
  description,
  ...(name ? { content: { 'application/json': { schema: ref(name) } } } : {}),
});
/** A profile response, with its version as the ETag to send back in If-Match. */
const versioned = (description: string) => ({
  ...ok(description, 'Profile'),
  headers: { ETag: { description: 'the profile version, for If-Match on the next update', schema: { type: 'string' } } },
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'an error', content: { 'application/json': { schema: ref('Error') } } }]));
const idParam = { name: 'id', in: 'path', required: true, description: 'the profile id or name', schema: { type: 'string' } };
const testResponses = {
  '200': {
    description: 'the verdict, or with Accept: text/event-stream one event per step then the verdict',
    content: { 'application/json': { schema: ref('TestResult') }, 'text/event-stream': { schema: { type: 'string' } } },
  },
  ...errors(400, 401, 404, 422, 429),
};

/**
 * The OpenAPI 3.1 document of the REST API, generated from the same zod schemas that
 * validate requests, plus every registered connector's profile and table schemas.
 *
 * @example
 * ```ts
 * const doc = openApiDocument(createRegistry());
 * doc.openapi; // '3.1.0'
 * ```
 */
export function openApiDocument(registry: ConnectorRegistry): Record<string, unknown> {
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
  return {
    openapi: '3.1.0',
    info: { title: 'ddl-profiles', version: '0.1.0', description: 'Connection profiles, tables and DDL resolution for streaming-SQL platforms.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ProfileCreate: schema(profileCreateBody, 'input'),
        ProfileUpdate: schema(profileUpdateBody, 'input'),
        ProfileTest: schema(profileTestBody, 'input'),
        Profile: schema(profileResponse, 'output'),
        TableCreate: schema(tableCreateBody, 'input'),
        Table: schema(tableResponse, 'output'),
        Resolve: schema(resolveBody, 'input'),
        ResolveResult: schema(resolveResponse, 'output'),
        TestResult: schema(testResultResponse, 'output'),
        Error: schema(errorResponseSchema, 'output'),
        ...connectorSchemas,
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/connection_profiles': {
        get: {
          summary: 'List profiles',
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
          ],
          responses: { '200': { description: 'a page of profiles', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: ref('Profile') }, total: { type: 'integer' } } } } } }, ...errors(401) },
        },
        post: {
          summary: 'Create a profile',
          parameters: [{ name: 'test', in: 'query', description: 'test the profile live before saving it', schema: { type: 'boolean' } }],
          requestBody: body('ProfileCreate'),
          responses: { '201': versioned('the profile, secrets redacted'), ...errors(400, 401, 409, 413, 422) },
        },
      },
      '/v1/connection_profiles/test': {
        post: { summary: 'Test a draft profile live', requestBody: body('ProfileTest'), responses: testResponses },
      },
      '/v1/connection_profiles/{id}': {
        parameters: [idParam],
        get: { summary: 'Get a profile', responses: { '200': versioned('the profile, secrets redacted'), ...errors(401, 404) } },
        put: {
          summary: 'Update a profile',
          parameters: [{ name: 'If-Match', in: 'header', description: 'the version read', schema: { type: 'string' } }],
          requestBody: body('ProfileUpdate'),
          responses: { '200': versioned('the updated profile'), ...errors(400, 401, 404, 409, 412, 422) },
        },
        delete: { summary: 'Delete a profile no table uses', responses: { '204': ok('deleted'), ...errors(401, 404, 409) } },
      },
      '/v1/connection_profiles/{id}/test': {
        parameters: [idParam],
        post: { summary: 'Test a saved profile live', responses: testResponses },
      },
      '/v1/connection_tables': {
        get: { summary: 'List tables', responses: { '200': { description: 'a page of tables', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: ref('Table') }, total: { type: 'integer' } } } } } }, ...errors(401) } },
        post: { summary: 'Register a table', requestBody: body('TableCreate'), responses: { '201': ok('the table', 'Table'), ...errors(400, 401, 404, 409, 422) } },
      },
      '/v1/connection_tables/{id}': {
        parameters: [{ ...idParam, description: 'the table id or name' }],
        delete: { summary: 'Drop a table', responses: { '204': ok('dropped'), ...errors(401, 404) } },
      },
      '/v1/resolve': {
        post: { summary: 'Resolve DDL against the profiles', requestBody: body('Resolve'), responses: { '200': ok('tables, passthrough statements and diagnostics', 'ResolveResult'), ...errors(400, 401, 413) } },
      },
      '/v1/connectors': {
        get: { summary: 'Registered connectors with their JSON Schemas', responses: { '200': ok('connectors'), ...errors(401) } },
      },
      '/v1/health': {
        get: { summary: 'Whether the server and its store answer (no token needed)', security: [], responses: { '200': ok('the server and its store answer'), ...errors(503) } },
      },
      '/v1/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': ok('the OpenAPI document') } },
      },
    },
  };
}
