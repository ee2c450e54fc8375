import type { Kysely, Transaction } from 'kysely';
import type { StoreDatabase } from './database-schema.js';
import type { SecretBox } from './secret-box.js';
import type { SecretKey } from './secret-key.js';

/**
 * What a key rotation did: the key every secret is now sealed under, the one it replaced,
 * and how many rows it rewrote.
 *
 * @example
 * ```ts
 * const { keyId, profiles, tables }: KeyRotation = await catalog.rotateSecretKey();
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
  return db.transaction().execute(async (trx) => ({
    profiles: await reseal(trx, 'connection_profiles', 'profile', box, next),
    tables: await reseal(trx, 'connection_tables', 'table', box, next),
  }));
}

/** Opens every row of one table with `box` and seals it with `next`; the number of rows. */
async function reseal(
  trx: Transaction<StoreDatabase>,
  table: 'connection_profiles' | 'connection_tables',
  level: 'profile' | 'table',
  box: SecretBox,
  next: SecretBox,
): Promise<number> {
  const rows = await trx.selectFrom(table).select(['id', 'name', 'connector', 'config']).forUpdate().execute();
  for (const row of rows) {
    const subject = { owner: level, name: row.name };
    const config = next.sealConfig(row.connector, level, box.open(row.config, subject), subject);
    await trx
      .updateTable(table)
      .set({ config: JSON.stringify(config) })
      .where('id', '=', row.id)
      .execute();
  }
  return rows.length;
}
