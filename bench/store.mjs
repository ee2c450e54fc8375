import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalog, resolve } from '../dist/index.js';
import { openStore } from '../dist/store/index.js';
import { startPostgres } from '../test/support/postgres-server.mjs';
import { generateScript } from './generate-script.mjs';
import { alternatingMedians, percentile, printRows } from './timing.mjs';

async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function opsLatency(store, label) {
  const creates = [];
  const gets = [];
  for (let i = 0; i < 500; i++) {
    creates.push(
      (await timed(() => store.profiles.create('bench', { name: `p${i}`, connector: 'kafka', config: { bootstrap_servers: 'k:9092' } })))
        .ms,
    );
  }
  for (let i = 0; i < 500; i++) gets.push((await timed(() => store.profiles.get('bench', `p${i}`))).ms);
  return [
    { name: `${label}: create p50`, value: percentile(creates, 50), unit: 'ms' },
    { name: `${label}: create p99`, value: percentile(creates, 99), unit: 'ms' },
    { name: `${label}: get p50`, value: percentile(gets, 50), unit: 'ms' },
    { name: `${label}: get p99`, value: percentile(gets, 99), unit: 'ms' },
  ];
}

async function resolveThroughStore(options, label, sql, profiles) {
  const catalog = await openCatalog(options);
  await catalog.profiles.createMany(profiles);
  const before = catalog.stats.profileQueries;
  let resolves = 0;
  // In alternation, so that the machine's noise and the collector hit both alike.
  const { staticMs, storeMs } = await alternatingMedians({
    staticMs: () => resolve(sql, { profiles }),
    storeMs: () => (resolves++, catalog.resolve(sql)),
  });
  const queries = (catalog.stats.profileQueries - before) / resolves;
  await catalog.close();
  return [
    { name: `${label}: resolve 1,000 tables, static profiles`, value: staticMs, unit: 'ms' },
    { name: `${label}: resolve 1,000 tables through the store`, value: storeMs, unit: 'ms' },
    { name: `${label}: store / static (target <= 1.10)`, value: storeMs / staticMs, unit: 'x' },
    { name: `${label}: profile queries per resolve`, value: queries, unit: 'queries' },
  ];
}

/** The store's figures on PGlite and on PostgreSQL, measured in one run. */
export async function benchStore() {
  const rows = [];
  const cold = await timed(async () => (await PGlite.create()).close());
  const memory = await timed(async () => (await openStore()).close());
  rows.push({ name: 'PGlite in memory, cold (initdb, no snapshot)', value: cold.ms, unit: 'ms' });
  rows.push({ name: 'openStore() in memory, from the snapshot', value: memory.ms, unit: 'ms' });
  rows.push({ name: 'snapshot / cold', value: memory.ms / cold.ms, unit: 'x' });
  const dir = mkdtempSync(join(tmpdir(), 'ddl-bench-'));
  const fresh = await timed(async () => (await openStore({ path: join(dir, 'db') })).close());
  const again = await timed(async () => (await openStore({ path: join(dir, 'db') })).close());
  rows.push({ name: 'openStore({ path }) new directory', value: fresh.ms, unit: 'ms' });
  rows.push({ name: 'openStore({ path }) reopened', value: again.ms, unit: 'ms' });
  rmSync(dir, { recursive: true, force: true });

  const { sql, profiles } = generateScript({ tables: 1000, profiles: 50 });
  const pglite = await openStore();
  rows.push(...(await opsLatency(pglite, 'PGlite')));
  await pglite.close();
  rows.push(...(await resolveThroughStore({}, 'PGlite', sql, profiles)));

  const server = await startPostgres();
  try {
    const pg = await openStore({ url: server.url });
    rows.push(...(await opsLatency(pg, 'PostgreSQL')));
    await pg.close();
    rows.push(...(await resolveThroughStore({ url: server.url, tenant: 'resolve' }, 'PostgreSQL', sql, profiles)));
  } finally {
    await server.dispose();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) printRows('store', await benchStore());
