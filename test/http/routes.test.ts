import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry, openCatalog, type Catalog } from '../../src/index.js';
import { createHandler, openApiDocument, TokenAuth, type RequestHandler } from '../../src/http/index.js';

const TOKEN = 'routes-token-0001';
let catalog: Catalog;
let handler: RequestHandler;

beforeAll(async () => {
  catalog = await openCatalog();
  handler = createHandler({ catalog, auth: new TokenAuth({ [TOKEN]: 'acme' }) });
}, 60_000);

afterAll(async () => {
  await catalog?.close();
});

async function send(method: string, path: string): Promise<{ status: number; code?: string; allow: string | null }> {
  const withBody = method === 'POST' || method === 'PUT';
  const response = await handler(
    new Request(`http://localhost${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, ...(withBody ? { 'content-type': 'application/json' } : {}) },
      ...(withBody ? { body: '{}' } : {}),
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    code: text.startsWith('{"error"') ? JSON.parse(text).error.code : undefined,
    allow: response.headers.get('allow'),
  };
}

describe('the route table', () => {
  const document = openApiDocument(createRegistry());
  const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(key))
      .map((method) => ({ method: method.toUpperCase(), path: path.replace('{id}', 'no-such-id') })),
  );

  it('documents every operation of the API', () => {
    expect(operations.map((o) => `${o.method} ${o.path}`).sort()).toEqual(
      [
        'DELETE /v1/connection_profiles/no-such-id',
        'DELETE /v1/connection_tables/no-such-id',
        'GET /v1/connection_profiles',
        'GET /v1/connection_profiles/no-such-id',
        'GET /v1/connection_profiles/no-such-id/autocomplete',
        'GET /v1/connection_tables',
        'GET /v1/connectors',
        'GET /v1/health',
        'GET /v1/openapi.json',
        'GET /v1/whoami',
        'POST /v1/connection_profiles',
        'POST /v1/connection_profiles/no-such-id/test',
        'POST /v1/connection_profiles/test',
        'POST /v1/connection_tables',
        'POST /v1/connection_tables/no-such-id/test',
        'POST /v1/connection_tables/test',
        'POST /v1/resolve',
        'PUT /v1/connection_profiles/no-such-id',
      ].sort(),
    );
  });

  it('routes every documented operation', async () => {
    for (const { method, path } of operations) {
      const answer = await send(method, path);
      expect({ method, path, routed: answer.code !== 'NOT_FOUND' && answer.status !== 405 && answer.status < 500 }).toEqual({
        method,
        path,
        routed: true,
      });
    }
  });

  it('answers undocumented paths with 404 and undocumented methods with 405 and Allow', async () => {
    const unrouted: Array<[string, string, number, string?]> = [
      ['GET', '/', 404],
      ['GET', '/v1', 404],
      ['GET', '/v2/connection_profiles', 404],
      ['GET', '/v1/openapi.yaml', 404],
      ['GET', '/v1/connection_profiles/x/y', 404],
      ['GET', '/v1/connection_profiles/x/test/again', 404],
      ['POST', '/v1/connectors/kafka', 404],
      ['GET', '/v1/health/deep', 404],
      ['PATCH', '/v1/connection_profiles', 405, 'GET, POST'],
      ['DELETE', '/v1/connection_profiles', 405, 'GET, POST'],
      ['PATCH', '/v1/connection_profiles/x', 405, 'GET, PUT, DELETE'],
      ['GET', '/v1/connection_profiles/x/test', 405, 'POST'],
      ['GET', '/v1/connection_tables/x', 405, 'DELETE'],
      ['PUT', '/v1/connection_tables/x', 405, 'DELETE'],
      ['GET', '/v1/resolve', 405, 'POST'],
      ['DELETE', '/v1/connectors', 405, 'GET'],
      ['POST', '/v1/health', 405, 'GET'],
      ['OPTIONS', '/v1/connection_tables', 405, 'GET, POST'],
      ['PUT', '/v1/openapi.json', 405, 'GET'],
    ];
    for (const [method, path, status, allow] of unrouted) {
      const answer = await send(method, path);
      expect({ method, path, status: answer.status, allow: answer.allow ?? undefined }).toEqual({ method, path, status, allow });
    }
  });

  it('answers HEAD /v1/health as GET, without a body and without a token', async () => {
    const response = await handler(new Request('http://localhost/v1/health', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
