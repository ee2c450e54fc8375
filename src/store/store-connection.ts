import { Kysely, PostgresDialect } from 'kysely';
import { DdlProfilesError, notAPostgresUrl, storeOptionEmpty, storeUnavailable } from '../errors/index.js';
import type { StoreDatabase } from './database-schema.js';
import { lockDirectory, type DirectoryLock } from './directory-lock.js';
import { migrateToLatest, SCHEMA_VERSION } from './migrations.js';
import type { Store, StoreOptions } from './open-store.js';
import { directoryPGlite, memoryPGlite } from './pglite-instance.js';
import { PGliteDialect } from './pglite-dialect.js';

/**
 * A store's database, connected but not yet migrated: the Kysely instance, its backend,
 * the secrets its errors must never show (the URL's password) and, for a PGlite
 * directory, the lock that makes it this process's.
 *
 * @example
 * ```ts
 * const { db, backend, lock } = await connect({ path: './.ddl-profiles' });
 * ```
 */
export interface StoreConnection {
  db: Kysely<StoreDatabase>;
  backend: Store['backend'];
  secrets: string[];
  lock?: DirectoryLock;
}

function passwordOf(url: string): string[] {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? [password] : [];
  } catch {
    return [];
  }
}

/**
 * Refuses `url` or `path` given but empty (`{ url: process.env.DATABASE_URL }` with the
 * variable unset): left to mean "no option", it would silently open a store in memory,
 * and lose everything at the next restart.
 *
 * @example
 * ```ts
 * checkWhere({ url: undefined }); // throws INVALID_ARGUMENT
 * checkWhere({});                 // fine: PGlite in memory, as asked
 * ```
 */
function checkWhere(options: { path?: string; url?: string }): void {
  for (const key of ['url', 'path'] as const) {
    if (Object.hasOwn(options, key) && !options[key]) {
      throw DdlProfilesError.of(storeOptionEmpty(key));
    }
  }
}

/** Refuses, before any connection, a URL that pg would misread (`notaurl` becomes host `base`). */
function checkPostgresUrl(url: string): void {
  let protocol: string | undefined;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw DdlProfilesError.of(notAPostgresUrl());
  }
}

async function pgliteDatabase(options: StoreOptions): Promise<Kysely<StoreDatabase>> {
  if (options.path !== undefined) {
    const pglite = await directoryPGlite(options.path, SCHEMA_VERSION).catch((error: unknown) => {
      const reason = (error as Error).message;
      throw DdlProfilesError.of(storeUnavailable('open', { path: options.path, reason }), { cause: error });
    });
    return new Kysely<StoreDatabase>({ dialect: new PGliteDialect(pglite) });
  }
  const pglite = await memoryPGlite(SCHEMA_VERSION, async (fresh) => {
    const db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(fresh, { closeOnDestroy: false }) });
    await migrateToLatest(db);
  });
  return new Kysely<StoreDatabase>({ dialect: new PGliteDialect(pglite) });
}

/**
 * Connects to where `options` say the store lives: a Kysely instance handed in,
 * PostgreSQL through a `pg` pool, or PGlite (a directory, locked first, or memory).
 *
 * @example
 * ```ts
 * const { db, backend } = await connect({ url: 'postgres://app:pw@127.0.0.1:5432/profiles' });
 * ```
 */
export async function connect(options: StoreOptions): Promise<StoreConnection> {
  checkWhere(options);
  let db: Kysely<StoreDatabase>;
  let backend: Store['backend'];
  let secrets: string[] = [];
  let lock: DirectoryLock | undefined;
  if (options.db) {
    db = options.db as Kysely<StoreDatabase>;
    backend = 'external';
  } else if (options.url) {
    checkPostgresUrl(options.url);
    secrets = passwordOf(options.url);
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      connectionTimeoutMillis: 5_000,
      query_timeout: 15_000,
      idleTimeoutMillis: 10_000,
    });
    // A client that loses its server emits 'error' whether it is idle or checked out;
    // the query in flight (or the next one) reports STORE_UNAVAILABLE instead.
    const ignore = (): void => undefined;
    pool.on('error', ignore);
    pool.on('connect', (client) => client.on('error', ignore));
    db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
    backend = 'postgres';
  } else {
    // A directory is locked first: PGlite is one process's database.
    lock = options.path === undefined ? undefined : lockDirectory(options.path);
    db = await pgliteDatabase(options).catch((error: unknown) => {
      lock?.release();
      throw error;
    });
    backend = 'pglite';
  }
  return { db, backend, secrets, ...(lock ? { lock } : {}) };
}
