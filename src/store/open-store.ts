import { Kysely, PostgresDialect, sql } from 'kysely';
import { DdlProfilesError } from '../errors/index.js';
import type { StoreDatabase } from './database-schema.js';
import { lockDirectory, type DirectoryLock } from './directory-lock.js';
import { migrateToLatest, SCHEMA_VERSION } from './migrations.js';
import { directoryPGlite, memoryPGlite } from './pglite-instance.js';
import { PGliteDialect } from './pglite-dialect.js';
import { ProfileRepository } from './profile-repository.js';
import { guard } from './store-errors.js';
import { TableRepository } from './table-repository.js';

/**
 * Where the store lives: PGlite in memory (no option), a PGlite data directory (`path`,
 * locked for one store at a time), PostgreSQL (`url`), or a Kysely instance the host
 * application owns (`db`).
 *
 * @example
 * ```ts
 * const store = await openStore({ url: process.env.DATABASE_URL }); // or { path: './.ddl-profiles' }, or {}
 * ```
 */
export interface StoreOptions {
  path?: string;
  url?: string;
  db?: Kysely<any>;
}

/**
 * An open store: its repositories, its Kysely instance and `close()`.
 *
 * @example
 * ```ts
 * const store = await openStore({ url: 'postgres://app:pw@127.0.0.1:5432/profiles' });
 * await store.profiles.list('default');
 * await store.close();
 * ```
 */
export interface Store {
  backend: 'pglite' | 'postgres' | 'external';
  db: Kysely<StoreDatabase>;
  profiles: ProfileRepository;
  tables: TableRepository;
  /** One trivial query: resolves when the database answers, `STORE_UNAVAILABLE` when not. */
  ping(): Promise<void>;
  close(): Promise<void>;
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
      throw new DdlProfilesError('INVALID_ARGUMENT', `the store's ${key} is given but empty (an unset environment variable?); leave ${key} out for a store in memory`);
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
    throw new DdlProfilesError('INVALID_ARGUMENT', 'the database URL must look like postgres://user:password@host:5432/database');
  }
}

async function pgliteDatabase(options: StoreOptions): Promise<Kysely<StoreDatabase>> {
  if (options.path !== undefined) {
    const pglite = await directoryPGlite(options.path, SCHEMA_VERSION).catch((error: unknown) => {
      throw new DdlProfilesError('STORE_UNAVAILABLE', `cannot open the PGlite store at ${options.path}: ${(error as Error).message}`, undefined, { cause: error });
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
 * Opens (and migrates) the store. `close()` releases what it opened: the pool, or the
 * PGlite instance; a `db` handed in is left open for its owner.
 *
 * @example
 * ```ts
 * const store = await openStore();                      // PGlite, in memory
 * const onDisk = await openStore({ path: './.ddl-profiles' });
 * ```
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
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
    const pool = new pg.Pool({ connectionString: options.url, max: 10, connectionTimeoutMillis: 5_000, query_timeout: 15_000, idleTimeoutMillis: 10_000 });
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
  const ping = (): Promise<void> => guard(async () => void (await sql`select 1`.execute(db)), secrets);
  try {
    // A server that cannot be reached is said so, before any migration is attempted.
    if (backend === 'postgres') await ping();
    await guard(() => migrateToLatest(db), secrets);
  } catch (error) {
    if (backend !== 'external') await db.destroy().catch(() => undefined);
    lock?.release();
    throw error;
  }
  return {
    backend,
    db,
    profiles: new ProfileRepository(db, secrets),
    tables: new TableRepository(db, secrets),
    ping,
    close: async () => {
      try {
        if (backend !== 'external') await db.destroy();
      } finally {
        lock?.release();
      }
    },
  };
}
