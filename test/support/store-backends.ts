import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type PostgresServer } from './postgres-server.mjs';

/** A secret key for test stores (base64 of 32 bytes), fixed so a test can reopen what it wrote. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

/** A store backend every store and catalog test runs against. */
export interface Backend {
  name: 'pglite' | 'postgres';
  /** Options for `openStore` / `openCatalog`: a fresh, empty database each call. */
  options(): Promise<{ url?: string; path?: string; secretKey?: string }>;
  server?: () => PostgresServer;
}

/**
 * PGlite (in memory) and a real PostgreSQL server started for this test file. Each
 * `options()` call on PostgreSQL creates a fresh database, so tests do not share rows.
 */
export function storeBackends(): Backend[] {
  let server: PostgresServer | undefined;
  let counter = 0;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.dispose();
  });
  return [
    { name: 'pglite', options: async () => ({}) },
    {
      name: 'postgres',
      server: () => server!,
      options: async () => {
        const pg = await import('pg');
        const client = new pg.default.Client({ connectionString: server!.url });
        await client.connect();
        const database = `t${process.pid}_${++counter}`;
        await client.query(`create database ${database}`);
        await client.end();
        // PostgreSQL stores no secret without a key (SECRET_KEY_REQUIRED): the tests give it one.
        return { url: server!.url.replace(/\/postgres$/, `/${database}`), secretKey: TEST_SECRET_KEY };
      },
    },
  ];
}

/** A temporary folder removed after the file's tests. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
