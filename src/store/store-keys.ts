import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Kysely } from 'kysely';
import { DdlProfilesError, newKeyRequired } from '../errors/index.js';
import type { StoreDatabase } from './database-schema.js';
import { reencryptAll, type KeyRotation } from './key-rotation.js';
import type { Store, StoreOptions } from './open-store.js';
import type { SecretBox } from './secret-box.js';
import { generateSecretKey, parseSecretKey, readSecretKeyFile, writeSecretKeyFile, type SecretKey } from './secret-key.js';
import { guard } from './store-errors.js';

/**
 * The key a store seals with, and the key file beside its directory when it keeps one there.
 *
 * @example
 * ```ts
 * const keys: StoreKeys = { key: generateSecretKey() };
 * ```
 */
export interface StoreKeys {
  key?: SecretKey;
  file?: string;
}

/**
 * The store's key: the one given (`secretKey`, `secretKeyFile`), else for a PGlite
 * directory the key file beside it (generated, mode 0600, when there is none: never inside
 * the directory, which travels in backups without it), else for PGlite in memory a key
 * of its own; PostgreSQL and `db` have none unless given one.
 *
 * @example
 * ```ts
 * storeKeys({ path: './.ddl-profiles' }, 'pglite').file; // '/abs/.ddl-profiles.key'
 * ```
 */
export function storeKeys(options: StoreOptions, backend: Store['backend']): StoreKeys {
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
 * A store's key rotation ({@link Store.rotateSecretKey}): every row re-encrypted under
 * `newKey`, or, for a store whose key file sits beside its directory, under a new
 * generated key written over that file once the rows are rewritten.
 *
 * @example
 * ```ts
 * const { keyId, profiles } = await rotateStoreKey(db, box, keys, secrets, undefined);
 * ```
 */
export async function rotateStoreKey(
  db: Kysely<StoreDatabase>,
  box: SecretBox,
  keys: StoreKeys,
  secrets: readonly string[],
  newKey: string | Uint8Array | undefined,
): Promise<KeyRotation> {
  if (newKey === undefined && keys.file === undefined) {
    throw DdlProfilesError.of(newKeyRequired());
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
}
