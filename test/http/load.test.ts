import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';
import { loadRun } from '../support/load-run.mjs';

let catalog: Catalog;
let api: TestApi;

beforeAll(async () => {
  catalog = await openCatalog();
  await catalog.forTenant('load').profiles.create({ name: 'seed', connector: 'kafka', config: { bootstrap_servers: 'seed:9092' } });
  api = await serveApi({ catalog, tokens: { 'load-token': 'load' } });
});

afterAll(async () => {
  await api?.close();
  await catalog?.close();
});

it('serves 2,000 mixed requests from 50 clients with no error and no lost write', async () => {
  const { results, created } = await loadRun(api.base, 'load-token', { requests: 2000, clients: 50 });
  expect(results).toHaveLength(2000);
  const failures = results.filter((r) => r.status >= 400);
  expect(failures.map((f) => `${f.kind} ${f.status} ${f.body}`)).toEqual([]);
  expect(created).toHaveLength(500);
  const stored = await catalog.forTenant('load').profiles.list({ limit: 500, offset: 0 });
  expect(stored.total).toBe(501);
  for (const name of created)
    expect((await catalog.forTenant('load').profiles.get(name)).config.bootstrap_servers).toBe(`k${name.slice(5)}:9092`);
  expect(results.map((r) => r.body).join('')).not.toContain('load-pw');
}, 120_000);
