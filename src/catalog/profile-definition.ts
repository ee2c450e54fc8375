import type { StoredProfile } from '../store/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';

/**
 * The resolver's view of a stored profile: name, connector, real config, overridable.
 *
 * @example
 * ```ts
 * mergeTable(input, { profiles: new Map([[stored.name, definitionOf(stored)]]), … });
 * ```
 */
export function definitionOf(profile: StoredProfile): ProfileDefinition {
  return { name: profile.name, connector: profile.connector, config: profile.config, overridable: profile.overridable };
}
