import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { DdlProfilesError, storeUnavailable } from '../errors/index.js';
import { withoutCredentials } from './store-errors.js';

/**
 * Our migration bookkeeping table, named so it never collides with a host application's
 * own Kysely migrations.
 *
 * @example
 * ```ts
 * await db.selectFrom(MIGRATION_TABLE).selectAll().execute(); // the migrations applied
 * ```
 */
export const MIGRATION_TABLE = 'ddl_profiles_migration';

/** The lock table of our migrations (see {@link MIGRATION_TABLE}). */
export const MIGRATION_LOCK_TABLE = 'ddl_profiles_migration_lock';

/**
 * The table of each tenant's profile stamp: a random uuid, new at every write of one of
 * the tenant's profiles (a trigger writes it). Rows are never deleted.
 *
 * @example
 * ```ts
 * await db.selectFrom(PROFILE_STAMPS_TABLE).select('stamp').where('tenant', '=', 'acme').executeTakeFirst();
 * ```
 */
export const PROFILE_STAMPS_TABLE = 'connection_profile_stamps';

const migrations: Record<string, Migration> = {
  '2026-11-24-001-connection-profiles': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('connection_profiles')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('tenant', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('connector', 'text', (c) => c.notNull())
        .addColumn('config', 'jsonb', (c) => c.notNull())
        .addColumn('overridable', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
        .addColumn('description', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint('connection_profiles_tenant_name_key', ['tenant', 'name'])
        .execute();
      await db.schema
        .createTable('connection_tables')
        .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
        .addColumn('tenant', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('connector', 'text', (c) => c.notNull())
        .addColumn('profile_id', 'uuid', (c) => c.references('connection_profiles.id').onDelete('restrict'))
        .addColumn('config', 'jsonb', (c) => c.notNull())
        .addColumn('schema', 'jsonb')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addUniqueConstraint('connection_tables_tenant_name_key', ['tenant', 'name'])
        .execute();
      await db.schema.createIndex('connection_tables_profile_idx').on('connection_tables').column('profile_id').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('connection_tables').execute();
      await db.schema.dropTable('connection_profiles').execute();
    },
  },
  // Each tenant's profiles carry a stamp, a new random one at every write of one of its
  // rows, so a process that cached them sees with one trivial query whether they changed.
  // A trigger writes it, in the transaction of the write, for every path that writes
  // profiles: ours, another process's, a host application's own queries, or an operator's SQL.
  // A tenant has no stamp until its first write after this migration: none is a stamp too.
  '2026-12-02-001-profile-stamps': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable(PROFILE_STAMPS_TABLE)
        .addColumn('tenant', 'text', (c) => c.primaryKey())
        .addColumn('stamp', 'uuid', (c) => c.notNull())
        .execute();
      // OLD is null on insert and NEW on delete; an update that moved a row stamps both tenants.
      await sql`create function ddl_profiles_stamp_tenant() returns trigger language plpgsql as $$
        begin
          insert into connection_profile_stamps (tenant, stamp)
          select changed.tenant, gen_random_uuid() from (select old.tenant union select new.tenant) as changed (tenant)
          where changed.tenant is not null
          on conflict (tenant) do update set stamp = excluded.stamp;
          return null;
        end $$`.execute(db);
      await sql`create trigger connection_profiles_stamp after insert or update or delete on connection_profiles
        for each row execute function ddl_profiles_stamp_tenant()`.execute(db);
      await sql`create function ddl_profiles_stamp_all() returns trigger language plpgsql as $$
        begin
          update connection_profile_stamps set stamp = gen_random_uuid();
          return null;
        end $$`.execute(db);
      await sql`create trigger connection_profiles_stamp_truncate after truncate on connection_profiles
        for each statement execute function ddl_profiles_stamp_all()`.execute(db);
    },
    async down(db: Kysely<any>) {
      await sql`drop trigger connection_profiles_stamp_truncate on connection_profiles`.execute(db);
      await sql`drop trigger connection_profiles_stamp on connection_profiles`.execute(db);
      await sql`drop function ddl_profiles_stamp_all()`.execute(db);
      await sql`drop function ddl_profiles_stamp_tenant()`.execute(db);
      await db.schema.dropTable(PROFILE_STAMPS_TABLE).execute();
    },
  },
  // A table keeps the dialect its DDL was written in (Arroyo's or Flink's SQL), so a
  // profile change is judged, and a table tested, by that dialect's connectors. Tables
  // registered before this migration were Arroyo's: the store kept no other.
  '2026-12-07-001-table-dialect': {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('connection_tables')
        .addColumn('dialect', 'text', (c) => c.notNull().defaultTo('arroyo'))
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('connection_tables').dropColumn('dialect').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The name of the newest migration: a database snapshot is valid for exactly this schema. */
export const SCHEMA_VERSION = Object.keys(migrations).sort().at(-1)!;

/**
 * Brings the store's schema up to date: the same migrations, in code, on PGlite and
 * PostgreSQL. Safe to run at every open, and from several processes at once.
 *
 * @example
 * ```ts
 * await migrateToLatest(db);
 * ```
 */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider, migrationTableName: MIGRATION_TABLE, migrationLockTableName: MIGRATION_LOCK_TABLE });
  const { error } = await migrator.migrateToLatest();
  if (error)
    throw error instanceof DdlProfilesError
      ? error
      : DdlProfilesError.of(storeUnavailable('migration', { reason: withoutCredentials((error as Error).message) }), { cause: error });
}
