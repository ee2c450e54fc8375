import { type Kysely, sql } from 'kysely';
import type { StoreDatabase } from './database-schema.js';
import { migrateToLatest } from './migrations.js';
import { ProfileCache } from './profile-cache.js';
import { ProfileRepository } from './profile-repository.js';
import type { KeyRotation } from './key-rotation.js';
import { SecretBox, type SensitivePaths } from './secret-box.js';
import { guard } from './store-errors.js';
import { TableRepository } from './table-repository.js';
import { connect } from './store-connection.js';
import { rotateStoreKey, storeKeys, type StoreKeys } from './store-keys.js';

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
  /** The profiles fetched for resolving, kept per tenant and checked against the tenant's stamp at every fetch. */
  profileCache: ProfileCache;
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
  const { db, backend, secrets, lock } = await connect(options);
  const ping = (): Promise<void> => guard(async () => void (await sql`select 1`.execute(db)), secrets);
  let keys: StoreKeys;
  try {
    // A server that cannot be reached is said so, before any migration is attempted.
    if (backend === 'postgres') await ping();
    await guard(() => migrateToLatest(db), secrets);
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
  const profiles = new ProfileRepository(db, box, secrets);
  return {
    backend,
    db,
    profiles,
    profileCache: new ProfileCache(profiles),
    tables: new TableRepository(db, box, secrets),
    get secretKeyId() {
      return box.current?.id ?? null;
    },
    rotateSecretKey: (newKey) => rotateStoreKey(db, box, keys, secrets, newKey),
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
