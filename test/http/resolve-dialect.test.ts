import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';

// `dialect` in the body of POST /v1/resolve, over real HTTP on loopback.

const TOKEN = 'dialect-token-0001';
const PROFILE = { name: 'events-kafka', connector: 'kafka', config: { bootstrap_servers: 'kafka-broker:9092' } };
const ARROYO_SCRIPT = "CREATE TABLE o (id INT) WITH (connection_profile = 'events-kafka', topic = 'o', format = 'json');";
let catalog: Catalog;
let api: TestApi;

beforeAll(async () => {
  catalog = await openCatalog({ tenant: 'acme' });
  await catalog.profiles.create(PROFILE);
  api = await serveApi({ catalog, tokens: { [TOKEN]: 'acme' } });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await catalog?.close();
});

async function resolveBody(body: unknown): Promise<{ status: number; text: string; json: any }> {
  const response = await fetch(`${api.base}/v1/resolve`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) };
}

describe('dialect in POST /v1/resolve', () => {
  it('refuses a dialect there is not with a 400 in the error shape, naming the field', async () => {
    for (const dialect of ['spark', 'Flink', '', 42, null, ['flink']]) {
      const answer = await resolveBody({ sql: ARROYO_SCRIPT, dialect });
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({
        error: {
          code: 'INVALID_REQUEST',
          message: expect.stringMatching(/^the request body is not valid: dialect: /),
          details: { issues: [{ path: 'dialect', message: expect.any(String) }] },
        },
      });
    }
    const { json } = await resolveBody({ sql: ARROYO_SCRIPT, dialect: 'spark' });
    expect(json.error.details.issues[0].message).toMatch(/"arroyo".*"flink"/);
  });

  it('is arroyo when absent: dialect arroyo answers what no dialect answers', async () => {
    const plain = await resolveBody({ sql: ARROYO_SCRIPT });
    expect(plain.status).toBe(200);
    expect(plain.json.errors).toEqual([]);
    expect(plain.json.tables.map((t: { table: string; profile: string }) => [t.table, t.profile])).toEqual([['o', 'events-kafka']]);
    expect((await resolveBody({ sql: ARROYO_SCRIPT, dialect: 'arroyo' })).text).toBe(plain.text);
  });

  it('is in the OpenAPI document: an enum of the dialects, described', async () => {
    const document = await (await fetch(`${api.base}/v1/openapi.json`)).json();
    const resolve = document.components.schemas.Resolve;
    expect(resolve.properties.dialect).toMatchObject({ type: 'string', enum: ['arroyo', 'flink'] });
    expect(resolve.properties.dialect.description).toMatch(/`arroyo` \(default\).*`flink`/);
    expect(resolve.required).toEqual(['sql']);
  });
});
