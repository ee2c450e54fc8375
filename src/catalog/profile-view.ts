import type { ConnectorRegistry } from '../connectors/index.js';
import { redactConfig } from '../resolve/index.js';
import type { StoredProfile } from '../store/index.js';

/**
 * Redacts a stored profile's config with its connector's sensitive fields.
 *
 * @example
 * ```ts
 * viewOf(registry, stored, false).config; // secrets as '********'
 * ```
 */
export function viewOf(registry: ConnectorRegistry, profile: StoredProfile, showSecrets: boolean): StoredProfile {
  if (showSecrets) return profile;
  // An unregistered connector's profile has every value hidden (see redactConfig).
  return { ...profile, config: redactConfig(registry.get(profile.connector), profile.config) };
}
