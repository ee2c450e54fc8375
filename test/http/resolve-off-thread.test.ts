// The worker thread runs compiled code, so this suite uses the built package (npm test builds it first).
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../dist/index.js';
import { createHandler, createNodeServer } from '../../dist/http/index.js';
import { oneMibScript } from '../../bench/health-probe.mjs';

let catalog: Catalog;
let base: string;
let close: () => Promise<void>;
const { sql, profiles } = oneMibScript();

beforeAll(async () => {
  catalog = await openCatalog();
  await catalog.profiles.createMany(profiles);
  const server = createNodeServer(
    createHandler({ catalog, auth: 'none', maxBodyBytes: 2 * 1024 * 1024, resolve: { offThreadBytes: 64 * 1024, maxStatements: 5_000 } }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  close = () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
}, 60_000);

afterAll(async () => {
  await close?.();
  await catalog?.close();
});

const resolveScript = (script: string) =>
  fetch(`${base}/v1/resolve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sql: script }),
  }).then(async (r) => ({
    status: r.status,
    bytes: Buffer.from(await r.arrayBuffer()),
  }));

it('keeps answering the health probe while a 1 MiB script resolves, and answers its whole result, redacted', async () => {
  let resolving = true;
  const answer = resolveScript(sql).finally(() => (resolving = false));
  const latencies: number[] = [];
  while (resolving) {
    const started = performance.now();
    expect((await fetch(`${base}/v1/health`)).status).toBe(200);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { status, bytes } = await answer;
  expect(status).toBe(200);
  const result = JSON.parse(bytes.toString('utf8'));
  expect(result.errors).toEqual([]);
  expect(result.tables).toHaveLength(sql.trim().split('\n').length);
  expect(result.tables[0].config.authentication?.password ?? '********').toBe('********');
  // On the event loop, this resolve holds every probe for its whole length: one or two answered.
  expect(latencies.length).toBeGreaterThan(10);
  latencies.sort((a, b) => a - b);
  expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(100);
}, 120_000);

it('answers a script past a bound with 422 and the bound\u2019s code', async () => {
  const statements = Array.from(
    { length: 5_001 },
    (_, i) => `CREATE TABLE t${i} (id INT) WITH (connection_profile = 'kafka-0', topic = 't', format = 'json', type = 'source');`,
  ).join('\n');
  const { status, bytes } = await resolveScript(statements);
  expect(status).toBe(422);
  expect(JSON.parse(bytes.toString('utf8')).error).toMatchObject({ code: 'TOO_MANY_STATEMENTS' });
}, 60_000);
