/**
 * A connection profile as the resolver sees it: the same body the REST API and the
 * programmatic API take.
 *
 * @example
 * ```ts
 * const profile: ProfileDefinition = {
 *   name: 'production-kafka',
 *   connector: 'kafka',
 *   config: { bootstrap_servers: 'kafka-broker:9092' },
 *   overridable: ['connection_properties.*'],
 * };
 * ```
 */
export interface ProfileDefinition {
  name: string;
  connector: string;
  config: Record<string, unknown>;
  /** Canonical keys (or `prefix.*`) that a table may set although the profile owns them. */
  overridable?: string[];
  description?: string | null;
}

/**
 * The one interface through which the resolver reads profiles: every name a script
 * references, fetched in a single call. Unknown names are simply absent from the result.
 * `knownNames` feeds closest-match suggestions for misspelt profile names.
 *
 * @example
 * ```ts
 * const source: ProfileSource = {
 *   async fetchProfiles(names) { return profiles.filter((p) => names.includes(p.name)); },
 *   async knownNames() { return profiles.map((p) => p.name); },
 * };
 * ```
 */
export interface ProfileSource {
  fetchProfiles(names: readonly string[]): Promise<ProfileDefinition[]>;
  knownNames(): Promise<string[]>;
}
