import type { FoundConnector } from './find-connector.js';
import { prepareProfile, type PreparedProfile } from './prepare-profile.js';
import type { ReadOptions } from './read-options.js';
import type { MergeContext } from './table-input.js';
import type { TableProblems } from './table-problems.js';

/** What a table without a profile merges with: nothing. Shared, and never written to. */
const NO_PROFILE: PreparedProfile = { values: new Map(), deferred: new Set(), problems: [] };

/**
 * Step 4 of a merge: the profile's values, templated and converted once per profile
 * and shared by every table of the resolve that uses it (through `context.prepared`).
 * The profile's own problems are reported at this table's `connection_profile` value.
 *
 * @example
 * ```ts
 * const prepared = profileCandidates(read, found, context, problems);
 * prepared.values.get('bootstrap_servers')?.source; // 'profile'
 * ```
 */
export function profileCandidates(
  read: ReadOptions,
  found: FoundConnector,
  context: MergeContext,
  problems: TableProblems,
): PreparedProfile {
  const { connector, profile } = found;
  if (!profile) return NO_PROFILE;
  const cached = context.prepared?.get(profile);
  const prepared =
    cached ??
    prepareProfile(connector, profile, {
      env: context.env,
      lenient: context.lenientTemplates === true,
      keepTemplates: context.keepTemplates === true,
    });
  if (!cached) context.prepared?.set(profile, prepared);
  problems.reportAll(prepared.problems, () => problems.valueAt(read.profileOption));
  return prepared;
}
