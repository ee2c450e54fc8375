import { sql, type Kysely, type Transaction } from 'kysely';
import { byIdOrName } from './id-or-name.js';
import { DdlProfilesError, nameTaken, profileNotFound, tableNotFound } from '../errors/index.js';
import type { StoreDatabase } from './database-schema.js';
import { allOrNothing } from './all-or-nothing.js';
import type { SecretBox } from './secret-box.js';
import { guard, sqlState } from './store-errors.js';
import { pageBounds, type Page, type PageRequest, type StoredTable, type TableRegistration } from './stored-records.js';
import { tableOf, tableQuery, tablesUsing } from './table-rows.js';

/**
 * Registered tables, every call scoped to a tenant. A table's profile is a foreign key
 * with ON DELETE RESTRICT, so no table can ever point at a deleted profile.
 *
 * @example
 * ```ts
 * await store.tables.register('default', { name: 'orders', connector: 'kafka', profile: 'prod', config: { topic: 'orders', format: 'json' } });
 * ```
 */
export class TableRepository {
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly box: SecretBox,
    private readonly secrets: readonly string[] = [],
  ) {}

  private async insert(
    db: Kysely<StoreDatabase> | Transaction<StoreDatabase>,
    tenant: string,
    input: TableRegistration,
  ): Promise<StoredTable> {
    let profileId: string | null = null;
    if (input.profile !== null) {
      const profile = await db
        .selectFrom('connection_profiles')
        .select('id')
        .where('tenant', '=', tenant)
        .where(byIdOrName(input.profile))
        .executeTakeFirst();
      if (!profile) throw DdlProfilesError.of(profileNotFound(input.profile));
      profileId = profile.id;
    }
    try {
      let insert = db.insertInto('connection_tables').values({
        tenant,
        name: input.name,
        connector: input.connector,
        dialect: input.dialect ?? 'arroyo',
        profile_id: profileId,
        config: JSON.stringify(this.box.sealConfig(input.connector, 'table', input.config, { owner: 'table', name: input.name })),
        schema: input.schema === undefined || input.schema === null ? null : JSON.stringify(input.schema),
      });
      // IF NOT EXISTS: a name already taken keeps its table. ON CONFLICT, not a caught
      // error, since a failed statement would abort the transaction around it.
      if (input.ifNotExists) insert = insert.onConflict((conflict) => conflict.columns(['tenant', 'name']).doNothing());
      const inserted = await insert.returning('id').executeTakeFirst();
      const row = inserted
        ? await tableQuery(db).where('t.id', '=', inserted.id).executeTakeFirstOrThrow()
        : await tableQuery(db).where('t.tenant', '=', tenant).where('t.name', '=', input.name).executeTakeFirstOrThrow();
      return tableOf(row, this.box);
    } catch (error) {
      if (sqlState(error) === '23505') throw DdlProfilesError.of(nameTaken('TABLE_EXISTS', input.name), { cause: error });
      if (sqlState(error) === '23503')
        // Its profile was deleted while the table was being registered.
        throw DdlProfilesError.of(profileNotFound(input.profile ?? ''), { cause: error });
      throw error;
    }
  }

  /** Registers one table; its profile must exist (by name or id). */
  async register(tenant: string, input: TableRegistration): Promise<StoredTable> {
    return guard(() => this.insert(this.db, tenant, input), this.secrets);
  }

  /** Registers every table in one transaction: all or nothing. */
  async registerMany(tenant: string, inputs: readonly TableRegistration[]): Promise<StoredTable[]> {
    return allOrNothing(this.db, this.secrets, inputs, (trx, input) => this.insert(trx, tenant, input));
  }

  async get(tenant: string, idOrName: string): Promise<StoredTable | undefined> {
    const row = await guard(
      () => tableQuery(this.db).where('t.tenant', '=', tenant).where(byIdOrName(idOrName, 't')).executeTakeFirst(),
      this.secrets,
    );
    return row ? tableOf(row, this.box) : undefined;
  }

  /** A page of tables ordered by name; with `profile`, only the tables using it. */
  async list(tenant: string, page: PageRequest & { profile?: string } = {}): Promise<Page<StoredTable>> {
    const { limit, offset } = pageBounds(page);
    return guard(async () => {
      let query = tableQuery(this.db).where('t.tenant', '=', tenant);
      if (page.profile !== undefined) query = query.where('p.name', '=', page.profile);
      const rows = await query.orderBy('t.name').limit(limit).offset(offset).execute();
      let count = this.db
        .selectFrom('connection_tables as t')
        .leftJoin('connection_profiles as p', 'p.id', 't.profile_id')
        .select(sql<number>`count(*)::int`.as('total'))
        .where('t.tenant', '=', tenant);
      if (page.profile !== undefined) count = count.where('p.name', '=', page.profile);
      const { total } = await count.executeTakeFirstOrThrow();
      return { items: rows.map((row) => tableOf(row, this.box)), total: Number(total) };
    }, this.secrets);
  }

  /** The tables that use a profile. */
  async usingProfile(tenant: string, profileId: string): Promise<StoredTable[]> {
    return guard(() => tablesUsing(this.db, tenant, profileId, this.box), this.secrets);
  }

  /** Drops a table; a missing one is `TABLE_NOT_FOUND`. */
  async drop(tenant: string, idOrName: string): Promise<void> {
    const table = await this.get(tenant, idOrName);
    if (!table) throw DdlProfilesError.of(tableNotFound(idOrName));
    await guard(() => this.db.deleteFrom('connection_tables').where('id', '=', table.id).execute(), this.secrets);
  }
}
