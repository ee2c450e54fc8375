import type { ColumnType, Generated } from 'kysely';

/** `connection_profiles`: one row per profile, unique per tenant and name. */
export interface ConnectionProfilesTable {
  id: Generated<string>;
  tenant: string;
  name: string;
  connector: string;
  config: ColumnType<Record<string, unknown>, string, string>;
  overridable: ColumnType<string[], string, string>;
  description: string | null;
  version: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}

/** `connection_tables`: registered tables; `profile_id` is ON DELETE RESTRICT. */
export interface ConnectionTablesTable {
  id: Generated<string>;
  tenant: string;
  name: string;
  connector: string;
  /** The SQL the table was written in, by name (`arroyo`, `flink`); default `arroyo`. */
  dialect: ColumnType<string, string | undefined, string>;
  profile_id: string | null;
  config: ColumnType<Record<string, string>, string, string>;
  schema: ColumnType<unknown, string | null, string | null>;
  created_at: ColumnType<Date, never, never>;
}

/**
 * `connection_profile_stamps`: per tenant, a random stamp that a trigger renews at every
 * write of one of the tenant's profiles (see `ProfileCache`).
 */
export interface ConnectionProfileStampsTable {
  tenant: string;
  stamp: string;
}

/**
 * The store's tables as Kysely sees them.
 *
 * @example
 * ```ts
 * const db = new Kysely<StoreDatabase>({ dialect });
 * await db.selectFrom('connection_profiles').selectAll().execute();
 * ```
 */
export interface StoreDatabase {
  connection_profiles: ConnectionProfilesTable;
  connection_tables: ConnectionTablesTable;
  connection_profile_stamps: ConnectionProfileStampsTable;
}
