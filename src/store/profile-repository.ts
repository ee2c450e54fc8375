import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { changeBreaksTables, DdlProfilesError, nameTaken, profileInUse, profileNotFound, versionConflict } from '../errors/index.js';
import type { ConnectionProfilesTable, StoreDatabase } from './database-schema.js';
import { allOrNothing } from './all-or-nothing.js';
import type { SecretBox } from './secret-box.js';
import { guard, sqlState } from './store-errors.js';
import {
  isoTime,
  pageBounds,
  type Page,
  type PageRequest,
  type ProfilePatch,
  type StoredProfile,
  type StoredTable,
} from './stored-records.js';
import { tablesUsing } from './table-rows.js';
import { byIdOrName } from './id-or-name.js';
import type { ProfileDefinition } from './profile-source.js';
import type { ProfileChanges, ProfileChangesDone } from './profile-changes.js';

/**
 * Profiles of a tenant and the stamp they were read at (see {@link ProfileRepository.fetchStamped}).
 *
 * @example
 * ```ts
 * const { stamp, profiles }: StampedProfiles = await store.profiles.fetchStamped('acme', ['cache']);
 * ```
 */
export interface StampedProfiles {
  stamp: string | null;
  profiles: StoredProfile[];
}

/** Decides which tables a profile change would break; returns their names (empty: none). */
export type DependentsCheck = (tables: StoredTable[], next: StoredProfile) => string[] | Promise<string[]>;

type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** @internal A profile row as the library's record, its secrets decrypted. */
export function profileOf(row: Selectable<ConnectionProfilesTable>, box: SecretBox): StoredProfile {
  return {
    id: row.id,
    tenant: row.tenant,
    name: row.name,
    connector: row.connector,
    config: box.open(row.config, { owner: 'profile', name: row.name }),
    overridable: row.overridable,
    description: row.description,
    version: Number(row.version),
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}

/**
 * Profiles in the store, every call scoped to a tenant. Duplicates, stale versions and
 * deletes of profiles in use are refused by the database itself (unique key, guarded
 * update, ON DELETE RESTRICT), so they hold under concurrency.
 *
 * @example
 * ```ts
 * const p = await store.profiles.create('default', { name: 'cache', connector: 'redis', config: { address: 'redis://c:6379' } });
 * await store.profiles.update('default', 'cache', { config: { address: 'redis://d:6379' } }, p.version);
 * ```
 */
export class ProfileRepository {
  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly box: SecretBox,
    private readonly secrets: readonly string[] = [],
  ) {}

  private row = (row: Selectable<ConnectionProfilesTable>): StoredProfile => profileOf(row, this.box);

  private sealed(connector: string, name: string, config: Record<string, unknown>): string {
    return JSON.stringify(this.box.sealConfig(connector, 'profile', config, { owner: 'profile', name }));
  }

  async create(tenant: string, input: ProfileDefinition): Promise<StoredProfile> {
    return this.insert(this.db, tenant, input);
  }

  private async insert(db: Db, tenant: string, input: ProfileDefinition): Promise<StoredProfile> {
    try {
      const row = await guard(
        () =>
          db
            .insertInto('connection_profiles')
            .values({
              tenant,
              name: input.name,
              connector: input.connector,
              config: this.sealed(input.connector, input.name, input.config),
              overridable: JSON.stringify(input.overridable ?? []),
              description: input.description ?? null,
            })
            .returningAll()
            .executeTakeFirstOrThrow(),
        this.secrets,
      );
      return this.row(row);
    } catch (error) {
      if (sqlState(error) === '23505') throw DdlProfilesError.of(nameTaken('PROFILE_EXISTS', input.name), { cause: error });
      throw error;
    }
  }

  /** Creates every profile in one transaction: all or nothing. */
  async createMany(tenant: string, inputs: readonly ProfileDefinition[]): Promise<StoredProfile[]> {
    return allOrNothing(this.db, this.secrets, inputs, (trx, input) => this.insert(trx, tenant, input));
  }

  async get(tenant: string, idOrName: string): Promise<StoredProfile | undefined> {
    const row = await guard(
      () =>
        this.db.selectFrom('connection_profiles').selectAll().where('tenant', '=', tenant).where(byIdOrName(idOrName)).executeTakeFirst(),
      this.secrets,
    );
    return row ? this.row(row) : undefined;
  }

  async list(tenant: string, page?: PageRequest): Promise<Page<StoredProfile>> {
    const { limit, offset } = pageBounds(page);
    return guard(async () => {
      const rows = await this.db
        .selectFrom('connection_profiles')
        .selectAll()
        .where('tenant', '=', tenant)
        .orderBy('name')
        .limit(limit)
        .offset(offset)
        .execute();
      const { total } = await this.db
        .selectFrom('connection_profiles')
        .select(sql<number>`count(*)::int`.as('total'))
        .where('tenant', '=', tenant)
        .executeTakeFirstOrThrow();
      return { items: rows.map(this.row), total: Number(total) };
    }, this.secrets);
  }

  /**
   * Every named profile of the tenant and the tenant's profile stamp, in one statement
   * (so they agree: the stamp is the one these rows carry). Unknown names are absent; the
   * stamp is null while the tenant's profiles were never written.
   */
  async fetchStamped(tenant: string, names: readonly string[]): Promise<StampedProfiles> {
    const rows = await guard(
      () =>
        this.db
          .selectFrom(this.db.selectNoFrom((eb) => this.stampQuery(eb, tenant).as('stamp')).as('s'))
          .leftJoin('connection_profiles as p', (join) =>
            names.length === 0 ? join.on(sql<boolean>`false`) : join.on('p.tenant', '=', tenant).on('p.name', 'in', [...names]),
          )
          .selectAll('p')
          .select('s.stamp')
          .execute(),
      this.secrets,
    );
    const profiles: StoredProfile[] = [];
    for (const row of rows) if (row.id !== null) profiles.push(this.row(row as Selectable<ConnectionProfilesTable>));
    return { stamp: rows[0]?.stamp ?? null, profiles };
  }

  /** The tenant's profile stamp (renewed at every write of one of its profiles), in one trivial query; null: never written. */
  async stampOf(tenant: string): Promise<string | null> {
    const row = await guard(() => this.stampQuery(this.db, tenant).executeTakeFirst(), this.secrets);
    return row?.stamp ?? null;
  }

  private stampQuery(db: Pick<Kysely<StoreDatabase>, 'selectFrom'>, tenant: string) {
    return db.selectFrom('connection_profile_stamps').select('stamp').where('tenant', '=', tenant);
  }

  /** The names of the tenant's profiles, in order, at most `limit` of them, in one query (no config is read). */
  async names(tenant: string, limit: number): Promise<string[]> {
    const rows = await guard(
      () => this.db.selectFrom('connection_profiles').select('name').where('tenant', '=', tenant).orderBy('name').limit(limit).execute(),
      this.secrets,
    );
    return rows.map((r) => r.name);
  }

  /**
   * Updates a profile at `expectedVersion`, in one transaction: the row is locked, a
   * stale version is `VERSION_CONFLICT`, and `check` sees every table using the profile;
   * if it names any, nothing is written and the error is `TABLE_INVALID`.
   */
  async update(
    tenant: string,
    idOrName: string,
    patch: ProfilePatch,
    expectedVersion: number,
    check?: DependentsCheck,
  ): Promise<StoredProfile> {
    return guard(
      () => this.db.transaction().execute((trx) => this.updateIn(trx, tenant, idOrName, patch, expectedVersion, check)),
      this.secrets,
    );
  }

  /** The body of {@link update}, in a transaction the caller runs. */
  private async updateIn(
    trx: Transaction<StoreDatabase>,
    tenant: string,
    idOrName: string,
    patch: ProfilePatch,
    expectedVersion: number,
    check?: DependentsCheck,
  ): Promise<StoredProfile> {
    const row = await trx
      .selectFrom('connection_profiles')
      .selectAll()
      .where('tenant', '=', tenant)
      .where(byIdOrName(idOrName))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw DdlProfilesError.of(profileNotFound(idOrName));
    const current = this.row(row);
    if (current.version !== expectedVersion) {
      throw DdlProfilesError.of(versionConflict(current.name, expectedVersion, current.version));
    }
    const next: StoredProfile = {
      ...current,
      config: patch.config ?? current.config,
      overridable: patch.overridable ?? current.overridable,
      description: patch.description === undefined ? current.description : patch.description,
    };
    if (check) {
      const broken = await check(await tablesUsing(trx, tenant, current.id, this.box), next);
      if (broken.length > 0) {
        throw DdlProfilesError.of(changeBreaksTables(current.name, broken));
      }
    }
    const updated = await trx
      .updateTable('connection_profiles')
      .set({
        config: this.sealed(current.connector, current.name, next.config),
        overridable: JSON.stringify(next.overridable),
        description: next.description,
        version: current.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', current.id)
      .where('version', '=', expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw DdlProfilesError.of(versionConflict(current.name, expectedVersion));
    return this.row(updated);
  }

  /**
   * Deletes a profile in a transaction the caller runs: the row is locked first, so no
   * table can start using it meanwhile, and while tables use it `PROFILE_IN_USE` names
   * them (checked before the delete: a failed statement would abort the transaction).
   */
  private async deleteIn(trx: Transaction<StoreDatabase>, tenant: string, name: string, expectedVersion?: number): Promise<void> {
    const row = await trx
      .selectFrom('connection_profiles')
      .selectAll()
      .where('tenant', '=', tenant)
      .where('name', '=', name)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw DdlProfilesError.of(profileNotFound(name));
    if (expectedVersion !== undefined && Number(row.version) !== expectedVersion) {
      throw DdlProfilesError.of(versionConflict(row.name, expectedVersion, Number(row.version)));
    }
    const tables = await tablesUsing(trx, tenant, row.id, this.box);
    if (tables.length > 0)
      throw DdlProfilesError.of(
        profileInUse(
          row.name,
          tables.map((t) => t.name),
        ),
      );
    try {
      await trx.deleteFrom('connection_profiles').where('id', '=', row.id).execute();
    } catch (error) {
      if (sqlState(error) !== '23001' && sqlState(error) !== '23503') throw error;
      throw DdlProfilesError.of(profileInUse(row.name, []), { cause: error });
    }
  }

  /**
   * Applies a set of changes in one transaction, in order: creates, updates, replaces (a
   * delete, then a create under the same name), deletes. The first failure rolls back
   * everything: every change is written, or none. `checkFor` gives the dependents check
   * of each update (see {@link update}).
   */
  async applyChanges(tenant: string, changes: ProfileChanges, checkFor?: (name: string) => DependentsCheck): Promise<ProfileChangesDone> {
    return guard(
      () =>
        this.db.transaction().execute(async (trx) => {
          const created: StoredProfile[] = [];
          for (const input of changes.create) created.push(await this.insert(trx, tenant, input));
          const updated: StoredProfile[] = [];
          for (const { name, patch, expectedVersion } of changes.update) {
            updated.push(await this.updateIn(trx, tenant, name, patch, expectedVersion, checkFor?.(name)));
          }
          for (const { definition, expectedVersion } of changes.replace ?? []) {
            await this.deleteIn(trx, tenant, definition.name, expectedVersion);
            created.push(await this.insert(trx, tenant, definition));
          }
          for (const { name, expectedVersion } of changes.delete) await this.deleteIn(trx, tenant, name, expectedVersion);
          return { created, updated, deleted: changes.delete.map((d) => d.name) };
        }),
      this.secrets,
    );
  }

  /** Deletes a profile; while tables use it, `PROFILE_IN_USE` names them. */
  async delete(tenant: string, idOrName: string): Promise<void> {
    const profile = await this.get(tenant, idOrName);
    if (!profile) throw DdlProfilesError.of(profileNotFound(idOrName));
    try {
      const result = await guard(
        () => this.db.deleteFrom('connection_profiles').where('id', '=', profile.id).executeTakeFirst(),
        this.secrets,
      );
      if (Number(result.numDeletedRows) === 0) throw DdlProfilesError.of(profileNotFound(idOrName));
    } catch (error) {
      if (sqlState(error) !== '23001' && sqlState(error) !== '23503') throw error;
      const tables = (await tablesUsing(this.db, tenant, profile.id, this.box)).map((t) => t.name);
      throw DdlProfilesError.of(profileInUse(profile.name, tables), { cause: error });
    }
  }
}
