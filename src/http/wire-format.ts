import type { StoredProfile, StoredTable } from '../index.js';

/**
 * A profile in the API's snake_case form.
 *
 * @example
 * ```ts
 * json(200, profileToWire(await catalog.profiles.get('cache')));
 * ```
 */
export function profileToWire(profile: StoredProfile) {
  return {
    id: profile.id,
    name: profile.name,
    connector: profile.connector,
    config: profile.config,
    overridable: profile.overridable,
    description: profile.description,
    version: profile.version,
    created_at: profile.createdAt,
    updated_at: profile.updatedAt,
  };
}

/**
 * A registered table in the API's snake_case form.
 *
 * @example
 * ```ts
 * json(201, tableToWire(await catalog.tables.register(input)));
 * ```
 */
export function tableToWire(table: StoredTable) {
  return {
    id: table.id,
    name: table.name,
    connector: table.connector,
    connection_profile_id: table.profileId,
    connection_profile: table.profileName,
    config: table.config,
    schema: table.schema,
    created_at: table.createdAt,
  };
}
