import type { Kysely } from 'kysely';
import type { StoreDatabase } from './database-schema.js';
import type { SecretBox } from './secret-box.js';
import type { SecretKey } from './secret-key.js';

/**
 * What a key rotation did: the key every secret is now sealed under, the one it replaced,
 * and how many rows it rewrote.
 *
 * @example
 * ```ts
 * const { keyId, profiles, tables } = await store.rotateSecretKey(newKey);
 * ```
 */
export interface KeyRotation {
  keyId: string;
  previousKeyId: string | null;
  profiles: number;
  tables: number;
  /** The key file the new key was written to, when the store keeps its key beside its directory. */
  keyFile?: string;
}

/**
 * Re-encrypts every profile and table of every tenant under `key`, in one transaction:
 * each row is opened with the keys the store has (secrets once stored in plain text are
 * sealed too) and sealed under the new key. Until it commits, the old key keeps working;
 * if it fails, nothing changed.
 *
 * @example
 * ```ts
 * await reencryptAll(db, box, generateSecretKey());
 * ```
 */
export async function reencryptAll(
  db: Kysely<StoreDatabase>,
  box: SecretBox,
  key: SecretKey,
): Promise<{ profiles: number; tables: number }> {
  const next = box.withKey(key);
  return db.transaction().execute(async (trx) => {
    const profiles = await trx.selectFrom('connection_profiles').select(['id', 'name', 'connector', 'config']).forUpdate().execute();
    for (const row of profiles) {
      const subject = `profile '${row.name}'`;
      const config = next.sealConfig(row.connector, 'profile', box.open(row.config, subject), subject);
      await trx
        .updateTable('connection_profiles')
        .set({ config: JSON.stringify(config) })
        .where('id', '=', row.id)
        .execute();
    }
    const tables = await trx.selectFrom('connection_tables').select(['id', 'name', 'connector', 'config']).forUpdate().execute();
    for (const row of tables) {
      const subject = `table '${row.name}'`;
      const config = next.sealConfig(row.connector, 'table', box.open(row.config, subject), subject);
      await trx
        .updateTable('connection_tables')
        .set({ config: JSON.stringify(config) })
        .where('id', '=', row.id)
        .execute();
    }
    return { profiles: profiles.length, tables: tables.length };
  });
}
