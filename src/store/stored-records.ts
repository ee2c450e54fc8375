/**
 * A profile as stored. Timestamps are ISO strings and `version` starts at 1, on every
 * backend alike. The catalog returns its secrets as `********` unless asked for them
 * (`showSecrets`); a profile of a connector the catalog does not know has every value
 * of its config hidden.
 *
 * @example
 * ```ts
 * const stored: StoredProfile = await catalog.profiles.create({ name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } });
 * stored.version; // 1
 * ```
 */
export interface StoredProfile {
  id: string;
  tenant: string;
  name: string;
  connector: string;
  config: Record<string, unknown>;
  overridable: string[];
  description: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What an update may change. */
export interface ProfilePatch {
  config?: Record<string, unknown>;
  overridable?: string[];
  description?: string | null;
}

/**
 * A registered table: its own options (canonical keys, string values), its connector,
 * the dialect it was written in, and the profile it uses (null for a table with inline
 * options).
 *
 * @example
 * ```ts
 * const table: StoredTable = await catalog.tables.register({ name: 'orders', profile: 'production-kafka', options: { topic: 'orders', format: 'json' } });
 * ```
 */
export interface StoredTable {
  id: string;
  tenant: string;
  name: string;
  connector: string;
  /**
   * The SQL the table was written in (`arroyo` or `flink`), whose connectors judge it.
   * The store keeps the name as it keeps a connector's, without knowing the dialects.
   */
  dialect: string;
  profileId: string | null;
  profileName: string | null;
  config: Record<string, string>;
  schema: unknown;
  createdAt: string;
}

/** What registering a table takes: the profile by name (or id), or null. */
export interface TableRegistration {
  name: string;
  connector: string;
  /** The SQL the table was written in; default `arroyo`. */
  dialect?: string;
  profile: string | null;
  config: Record<string, string>;
  schema?: unknown;
  /** Keep a table of this name that is already registered, rather than fail with `TABLE_EXISTS`. */
  ifNotExists?: boolean;
}

/** A page of rows and the total count. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** Paging: `limit` defaults to 50 and is capped at 500. */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** @internal Clamps a page request. */
export function pageBounds(page: PageRequest = {}): { limit: number; offset: number } {
  // A limit or offset that is not a number (NaN from a caller's Number('abc')) takes its default.
  const limit = Math.min(500, Math.max(1, Math.floor(Number.isFinite(page.limit) ? page.limit! : 50)));
  const offset = Math.max(0, Math.floor(Number.isFinite(page.offset) ? page.offset! : 0));
  return { limit, offset };
}

/** @internal A timestamp as an ISO string, whatever the driver returned. */
export function isoTime(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** @internal Whether a string is a UUID (ids), rather than a name. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
