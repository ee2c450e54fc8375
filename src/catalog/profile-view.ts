import type { ConnectorRegistry } from '../connectors/index.js';
import { REDACTED } from '../errors/index.js';
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
  const connector = registry.get(profile.connector);
  return { ...profile, config: connector ? redactConfig(connector, profile.config) : redactEverything(profile.config) };
}

/** Without its connector nothing says which fields are secret, so every value is hidden. */
function redactEverything(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [
      key,
      value !== null && typeof value === 'object' && !Array.isArray(value) ? redactEverything(value as Record<string, unknown>) : REDACTED,
    ]),
  );
}
