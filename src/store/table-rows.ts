import type { Kysely, Transaction } from 'kysely';
import type { StoreDatabase } from './database-schema.js';
import type { SecretBox } from './secret-box.js';
import { isoTime, type StoredTable } from './stored-records.js';

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** @internal The columns of a table row joined with its profile's name. */
export function tableQuery(db: Db) {
  return db
    .selectFrom('connection_tables as t')
    .leftJoin('connection_profiles as p', 'p.id', 't.profile_id')
    .select([
      't.id',
      't.tenant',
      't.name',
      't.connector',
      't.dialect',
      't.profile_id',
      't.config',
      't.schema',
      't.created_at',
      'p.name as profile_name',
    ]);
}

type TableRow = Awaited<ReturnType<ReturnType<typeof tableQuery>['executeTakeFirstOrThrow']>>;

/** @internal A table row as the library's record, its inline secrets decrypted. */
export function tableOf(row: TableRow, box: SecretBox): StoredTable {
  return {
    id: row.id,
    tenant: row.tenant,
    name: row.name,
    connector: row.connector,
    dialect: row.dialect,
    profileId: row.profile_id,
    profileName: row.profile_name ?? null,
    config: box.open(row.config, { owner: 'table', name: row.name }) as Record<string, string>,
    schema: row.schema ?? null,
    createdAt: isoTime(row.created_at),
  };
}

/** @internal The tables of a tenant that use a profile, by name. */
export async function tablesUsing(db: Db, tenant: string, profileId: string, box: SecretBox): Promise<StoredTable[]> {
  const rows = await tableQuery(db).where('t.tenant', '=', tenant).where('t.profile_id', '=', profileId).orderBy('t.name').execute();
  return rows.map((row) => tableOf(row, box));
}
