import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { DdlProfilesError } from '../errors/index.js';
import type { StoreDatabase } from './database-schema.js';
import { lockDirectory, type DirectoryLock } from './directory-lock.js';
import { migrateToLatest, SCHEMA_VERSION } from './migrations.js';
import { directoryPGlite, memoryPGlite } from './pglite-instance.js';
import { PGliteDialect } from './pglite-dialect.js';
import { ProfileRepository } from './profile-repository.js';
import { reencryptAll, type KeyRotation } from './key-rotation.js';
import { SecretBox, type SensitivePaths } from './secret-box.js';
import { generateSecretKey, parseSecretKey, readSecretKeyFile, writeSecretKeyFile, type SecretKey } from './secret-key.js';
import { guard } from './store-errors.js';
import { TableRepository } from './table-repository.js';

/**
 * Where the store lives: PGlite in memory (no option), a PGlite data directory (`path`,
 * locked for one store at a time), PostgreSQL (`url`), or a Kysely instance the host
 * application owns (`db`); and how its secrets are encrypted at rest.
 *
 * - `secretKey` (base64 of 32 bytes, or the bytes) or `secretKeyFile`: the AES-256-GCM key.
 *   Without either, a PGlite directory uses the key file beside it (`DIR.key`), generated
 *   (mode 0600) when there is none, and said once through `onNotice`; PGlite in memory
 *   uses a key of its own; PostgreSQL and `db` refuse to store a secret
 *   (`SECRET_KEY_REQUIRED`) unless `allowPlaintextSecrets`.
 * - `sensitivePaths`: where a config's secrets sit (`openCatalog` passes its registry's).
 *
 * @example
 * ```ts
 * const store = await openStore({ url: process.env.DATABASE_URL, secretKey: process.env.DDL_PROFILES_SECRET_KEY });
 * ```
 */
export interface StoreOptions {
  path?: string;
  url?: string;
  db?: Kysely<any>;
  secretKey?: string | Uint8Array;
  secretKeyFile?: string;
  allowPlaintextSecrets?: boolean;
  sensitivePaths?: SensitivePaths;
  onNotice?: (message: string) => void;
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
  /** The id of the key new secrets are sealed under; null when the store has none. */
  readonly secretKeyId: string | null;
  /**
   * Re-encrypts every row of every tenant under a new key, in one transaction; the old key
   * works until it commits. Without `newKey`, a store whose key file sits beside its
   * directory gets a new generated key, written over that file once the rows are rewritten.
   */
  rotateSecretKey(newKey?: string | Uint8Array): Promise<KeyRotation>;
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
      throw new DdlProfilesError(
        'INVALID_ARGUMENT',
        `the store's ${key} is given but empty (an unset environment variable?); leave ${key} out for a store in memory`,
      );
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
      throw new DdlProfilesError(
        'STORE_UNAVAILABLE',
        `cannot open the PGlite store at ${options.path}: ${(error as Error).message}`,
        undefined,
        { cause: error },
      );
    });
    return new Kysely<StoreDatabase>({ dialect: new PGliteDialect(pglite) });
  }
  const pglite = await memoryPGlite(SCHEMA_VERSION, async (fresh) => {
    const db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(fresh, { closeOnDestroy: false }) });
    await migrateToLatest(db);
  });
  return new Kysely<StoreDatabase>({ dialect: new PGliteDialect(pglite) });
}

/** The key a store seals with, and the key file beside its directory when it keeps one there. */
interface StoreKeys {
  key?: SecretKey;
  file?: string;
}

/**
 * The store's key: the one given (`secretKey`, `secretKeyFile`), else for a PGlite
 * directory the key file beside it (generated, mode 0600, when there is none: never inside
 * the directory, which travels in backups without it), else for PGlite in memory a key
 * of its own; PostgreSQL and `db` have none unless given one.
 */
function storeKeys(options: StoreOptions, backend: Store['backend']): StoreKeys {
  if (options.secretKey !== undefined && options.secretKey !== '')
    return { key: parseSecretKey(options.secretKey, 'the secret key (DDL_PROFILES_SECRET_KEY)') };
  if (options.secretKeyFile) return { key: readSecretKeyFile(options.secretKeyFile) };
  if (backend !== 'pglite') return {};
  if (options.path === undefined) return { key: generateSecretKey() };
  const file = `${resolvePath(options.path)}.key`;
  if (existsSync(file)) return { key: readSecretKeyFile(file), file };
  const key = generateSecretKey();
  writeSecretKeyFile(file, key);
  const notice = options.onNotice ?? ((message: string) => process.emitWarning(message, 'DdlProfilesNotice'));
  notice(
    `generated the secret key ${key.id} of the store at ${options.path} in ${file} (mode 0600): keep it with the store, whose secrets cannot be read without it`,
  );
  return { key, file };
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
  let keys: StoreKeys;
  try {
    keys = storeKeys(options, backend);
  } catch (error) {
    if (backend !== 'external') await db.destroy().catch(() => undefined);
    lock?.release();
    throw error;
  }
  const box = new SecretBox(keys.key ? [keys.key] : [], {
    allowPlaintext: options.allowPlaintextSecrets === true,
    sensitivePaths: options.sensitivePaths,
  });
  return {
    backend,
    db,
    profiles: new ProfileRepository(db, box, secrets),
    tables: new TableRepository(db, box, secrets),
    get secretKeyId() {
      return box.current?.id ?? null;
    },
    rotateSecretKey: async (newKey) => {
      if (newKey === undefined && keys.file === undefined) {
        throw new DdlProfilesError('INVALID_ARGUMENT', 'this store was given its key, so give the new key too: it is yours to keep');
      }
      const key = newKey === undefined ? generateSecretKey() : parseSecretKey(newKey, 'the new secret key');
      const previousKeyId = box.current?.id ?? null;
      // The new key is on disk before any row needs it; it replaces the old file once they all do.
      const pending = keys.file === undefined || newKey !== undefined ? undefined : `${keys.file}.new`;
      if (pending) {
        rmSync(pending, { force: true });
        writeSecretKeyFile(pending, key);
      }
      const counts = await guard(() => reencryptAll(db, box, key), secrets);
      box.useKey(key);
      if (pending) renameSync(pending, keys.file!);
      return { keyId: key.id, previousKeyId, ...counts, ...(pending ? { keyFile: keys.file } : {}) };
    },
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
