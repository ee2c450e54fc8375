import type { ProfileDefinition, ProfileSource } from '../store/profile-source.js';

/**
 * A {@link ProfileSource} over a fixed list of profiles: for unit tests, the CLI's
 * `--profiles FILE`, and planners that keep profiles elsewhere.
 *
 * @example
 * ```ts
 * const source = staticProfiles([{ name: 'cache', connector: 'redis', config: { address: 'redis://c:6379' } }]);
 * await source.fetchProfiles(['cache']); // [the cache profile]
 * ```
 */
export function staticProfiles(profiles: readonly ProfileDefinition[]): ProfileSource {
  const byName = new Map(profiles.map((p) => [p.name, p]));
  return {
    async fetchProfiles(names) {
      return names.flatMap((name) => byName.get(name) ?? []);
    },
    async knownNames() {
      return [...byName.keys()];
    },
  };
}
