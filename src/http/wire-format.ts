import type { Connector, StoredProfile, StoredTable } from '../index.js';

// The API's JSON, one function per shape. The REST routes and the CLI's `--json` both
// answer through these, so that the two cannot drift apart.

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
    dialect: table.dialect,
    connection_profile_id: table.profileId,
    connection_profile: table.profileName,
    config: table.config,
    schema: table.schema,
    created_at: table.createdAt,
  };
}

/**
 * A page of a list in the API's form, `{ data, total }`, each item through `toWire`.
 *
 * @example
 * ```ts
 * json(200, pageToWire(await catalog.profiles.list(), profileToWire));
 * ```
 */
export function pageToWire<T, W>(page: { items: readonly T[]; total: number }, toWire: (item: T) => W): { data: W[]; total: number } {
  return { data: page.items.map(toWire), total: page.total };
}

/**
 * A registered connector in the API's form: its JSON Schemas (generated on first call)
 * with the sensitive fields marked.
 *
 * @example
 * ```ts
 * json(200, { data: catalog.registry.list().map(connectorToWire) });
 * ```
 */
export function connectorToWire(connector: Connector) {
  const schemas = connector.jsonSchemas();
  return {
    name: connector.name,
    description: connector.description,
    takes_profile: connector.takesProfile,
    profile_connector: connector.profileConnector,
    roles: connector.roles,
    profile_schema: schemas.profile,
    table_schema: schemas.table,
    sensitive_fields: connector.sensitiveKeys,
  };
}

/**
 * An error body, `{ error: { code, message, details? } }`: what every error response
 * carries, and what the CLI prints for an error with `--json`.
 *
 * @example
 * ```ts
 * errorToWire('PROFILE_NOT_FOUND', "profile 'x' does not exist"); // { error: { code: 'PROFILE_NOT_FOUND', message: … } }
 * ```
 */
export function errorToWire(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}
