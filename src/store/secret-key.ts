import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { DdlProfilesError, secretKeyInvalid } from '../errors/index.js';

/**
 * A 256-bit AES key and its id. The id is derived from the key (a hash prefix), so each
 * encrypted value names the key it needs without the operator naming keys.
 *
 * @example
 * ```ts
 * const key: SecretKey = readSecretKeyFile('./.ddl-profiles/secret.key');
 * key.id; // 'k3f2a9c1d0b7e'
 * ```
 */
export interface SecretKey {
  readonly id: string;
  readonly bytes: Buffer;
}

/**
 * The environment variable the CLI reads a store's secret key from.
 *
 * @example
 * ```ts
 * const catalog = await openCatalog({ url, secretKey: process.env[SECRET_KEY_ENV] });
 * ```
 */
export const SECRET_KEY_ENV = 'DDL_PROFILES_SECRET_KEY';

function keyOf(bytes: Buffer): SecretKey {
  return { id: `k${createHash('sha256').update('ddl-profiles secret key id\0').update(bytes).digest('hex').slice(0, 12)}`, bytes };
}

/**
 * Reads a key given as base64 of 32 bytes (a key file's content, `DDL_PROFILES_SECRET_KEY`)
 * or as the 32 bytes. `where` names its origin in the error, which never quotes the key.
 *
 * @example
 * ```ts
 * parseSecretKey(randomBytes(32).toString('base64'), 'my key').bytes.length; // 32
 * ```
 */
export function parseSecretKey(key: string | Uint8Array, where: string): SecretKey {
  const bytes = typeof key === 'string' ? Buffer.from(key.trim(), 'base64') : Buffer.from(key);
  const canonical = typeof key !== 'string' || bytes.toString('base64') === key.trim() || bytes.toString('base64url') === key.trim();
  if (bytes.length !== 32 || !canonical) {
    throw DdlProfilesError.of(secretKeyInvalid(where));
  }
  return keyOf(bytes);
}

/**
 * A new random key.
 *
 * @example
 * ```ts
 * const key = generateSecretKey();
 * ```
 */
export function generateSecretKey(): SecretKey {
  return keyOf(randomBytes(32));
}

/**
 * Reads a key file (base64 of 32 bytes, as `openssl rand -base64 32` writes it).
 *
 * @example
 * ```ts
 * const key = readSecretKeyFile('/etc/ddl-profiles/secret.key');
 * ```
 */
export function readSecretKeyFile(path: string): SecretKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const file = code === 'ENOENT' ? 'missing' : 'unreadable';
    throw DdlProfilesError.of(secretKeyInvalid(`the secret key file ${path}`, { path, file, errno: code }), { cause: error });
  }
  return parseSecretKey(text, `the secret key file ${path}`);
}

/**
 * Writes a key file readable by its owner only (mode 0600); refuses to overwrite one.
 *
 * @example
 * ```ts
 * writeSecretKeyFile('./.ddl-profiles.key', generateSecretKey());
 * ```
 */
export function writeSecretKeyFile(path: string, key: SecretKey, options: { replace?: boolean } = {}): void {
  try {
    writeFileSync(path, `${key.bytes.toString('base64')}\n`, { mode: 0o600, flag: options.replace ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const file = code === 'EEXIST' ? 'exists' : 'unwritable';
    throw DdlProfilesError.of(secretKeyInvalid(`the secret key file ${path}`, { path, file, errno: code }), { cause: error });
  }
}
