import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Kysely } from 'kysely';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalog, resolve } from '../dist/index.js';
import { PGliteDialect } from '../dist/store/pglite-dialect.js';
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
  await catalog.resolve(sql); // fills the profile cache, as any resolve after a write does
  const before = { ...catalog.stats };
  let resolves = 0;
  // In alternation, so that the machine's noise and the collector hit both alike.
  const { staticMs, storeMs } = await alternatingMedians(
    {
      staticMs: () => resolve(sql, { profiles }),
      storeMs: () => (resolves++, catalog.resolve(sql)),
    },
    // In blocks: the store's resolve waits for its query, and called right after a static
    // resolve it would be charged for the collection of that one's garbage (timing.mjs).
    { rounds: 9, warmup: 1, block: 8 },
  );
  const queries = (catalog.stats.profileQueries - before.profileQueries) / resolves;
  const hits = (catalog.stats.profileCacheHits - before.profileCacheHits) / resolves;
  await catalog.close();
  return [
    { name: `${label}: resolve 1,000 tables, static profiles`, value: staticMs, unit: 'ms' },
    { name: `${label}: resolve 1,000 tables through the store`, value: storeMs, unit: 'ms' },
    { name: `${label}: store / static (target <= 1.10)`, value: storeMs / staticMs, unit: 'x' },
    { name: `${label}: profile queries per resolve`, value: queries, unit: 'queries' },
    { name: `${label}: resolves answered from the profile cache`, value: hits, unit: 'of 1' },
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
    // The workload's profiles hold secrets, which PostgreSQL stores only under a key.
    const secretKey = randomBytes(32).toString('base64');
    rows.push(...(await resolveThroughStore({ url: server.url, tenant: 'resolve', secretKey }, 'PostgreSQL', sql, profiles)));
  } finally {
    await server.dispose();
  }
  return rows;
}

/**
 * Two catalogs of one backend, alike but for encryption at rest: one seals every secret
 * (AES-256-GCM), the other stores them in plain text (`allowPlaintextSecrets`, no key).
 * PGlite: in memory with its own key, beside a PGlite instance handed in as `db`;
 * PostgreSQL: two databases of one server.
 */
async function encryptedAndPlain(backend, server) {
  if (backend === 'PGlite') {
    const encrypted = await openCatalog();
    const db = new Kysely({ dialect: new PGliteDialect(await PGlite.create()) });
    const plain = await openCatalog({ db, allowPlaintextSecrets: true });
    return { encrypted, plain, close: async () => (await encrypted.close(), await plain.close(), await db.destroy()) };
  }
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('create database bench_encrypted');
  await admin.query('create database bench_plain');
  await admin.end();
  const url = (name) => server.url.replace(/\/postgres$/, `/${name}`);
  const encrypted = await openCatalog({ url: url('bench_encrypted'), secretKey: randomBytes(32).toString('base64') });
  const plain = await openCatalog({ url: url('bench_plain'), allowPlaintextSecrets: true });
  return { encrypted, plain, close: async () => (await encrypted.close(), await plain.close()) };
}

/** A profile with three secrets (a SASL password, a registry secret, a JAAS line in a free map). */
const withSecrets = (name) => ({
  name,
  connector: 'kafka',
  config: {
    bootstrap_servers: 'k1:9092,k2:9092',
    authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'u', password: `pw-${name}` },
    schema_registry: { endpoint: 'https://registry:8081', api_key: 'k', api_secret: `secret-${name}` },
    connection_properties: { 'sasl.jaas.config': `x required password="${name}";`, 'linger.ms': '5' },
  },
});

/**
 * The cost of encryption at rest, on one backend: creating a profile with secrets, and
 * resolving the 1,000-table script through the store (50 profiles, each with a
 * password), encrypted against plain text and against static profiles, all in
 * alternation in the same run.
 */
async function encryptionCost(backend, server) {
  const { sql, profiles } = generateScript({ tables: 1000, profiles: 50 });
  const { encrypted, plain, close } = await encryptedAndPlain(backend, server);
  try {
    await encrypted.profiles.createMany(profiles);
    await plain.profiles.createMany(profiles);
    let next = 0;
    const creates = (catalog) => async () => {
      for (let i = 0; i < 20; i++) await catalog.profiles.create(withSecrets(`c${next++}`));
    };
    const create = await alternatingMedians({ encrypted: creates(encrypted), plain: creates(plain) });
    const gets = (catalog, name) => async () => {
      for (let i = 0; i < 20; i++) await catalog.profiles.get(name, { showSecrets: true });
    };
    const read = await alternatingMedians({ encrypted: gets(encrypted, 'c0'), plain: gets(plain, 'c20') });
    const check = await encrypted.resolve(sql);
    if (check.errors.length > 0 || check.tables.length !== 1000) throw new Error('the store resolve did not resolve');
    const run = await alternatingMedians(
      {
        static: () => resolve(sql, { profiles }),
        encrypted: () => encrypted.resolve(sql),
        plain: () => plain.resolve(sql),
      },
      { rounds: 9, warmup: 1, block: 8 }, // in blocks, as resolveThroughStore (above) says why
    );
    return [
      { name: `${backend}: create a profile with 3 secrets, encrypted`, value: create.encrypted / 20, unit: 'ms' },
      { name: `${backend}: create a profile with 3 secrets, plain text`, value: create.plain / 20, unit: 'ms' },
      { name: `${backend}: create, encrypted / plain`, value: create.encrypted / create.plain, unit: 'x' },
      { name: `${backend}: get it with its secrets, encrypted / plain`, value: read.encrypted / read.plain, unit: 'x' },
      { name: `${backend}: resolve 1,000 tables, static profiles`, value: run.static, unit: 'ms' },
      { name: `${backend}: resolve 1,000 tables through the encrypted store`, value: run.encrypted, unit: 'ms' },
      { name: `${backend}: resolve 1,000 tables through the plain-text store`, value: run.plain, unit: 'ms' },
      { name: `${backend}: encrypted store / static (target <= 1.10)`, value: run.encrypted / run.static, unit: 'x' },
      { name: `${backend}: encrypted store / plain-text store`, value: run.encrypted / run.plain, unit: 'x' },
    ];
  } finally {
    await close();
  }
}

/** The cost of encryption at rest on PGlite and PostgreSQL, measured in one run. */
export async function benchEncryption() {
  const rows = await encryptionCost('PGlite');
  const server = await startPostgres();
  try {
    rows.push(...(await encryptionCost('PostgreSQL', server)));
  } finally {
    await server.dispose();
  }
  return rows;
}

// `node bench/store.mjs encryption` runs the encryption rows alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === 'encryption') printRows('encryption at rest', await benchEncryption());
  else printRows('store', await benchStore());
}
