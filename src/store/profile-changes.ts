import type { ProfileDefinition } from './profile-source.js';
import type { ProfilePatch, StoredProfile } from './stored-records.js';

/**
 * Changes to a tenant's profiles that {@link ProfileRepository.applyChanges} writes in one
 * transaction: all of them, or none, in that order: creates, updates, replaces, deletes. An update or delete with `expectedVersion` is refused
 * with `VERSION_CONFLICT` when the profile moved on since it was read.
 *
 * @example
 * ```ts
 * const changes: ProfileChanges = {
 *   create: [{ name: 'cache', connector: 'redis', config: { address: 'redis://c:6379' } }],
 *   update: [{ name: 'events', patch: { description: 'the events cluster' }, expectedVersion: 3 }],
 *   delete: [{ name: 'old-cache' }],
 * };
 * await store.profiles.applyChanges('default', changes);
 * ```
 */
export interface ProfileChanges {
  create: ProfileDefinition[];
  update: Array<{ name: string; patch: ProfilePatch; expectedVersion: number }>;
  /** Profiles deleted and created again under their name: another connector (refused while tables use them). */
  replace?: Array<{ definition: ProfileDefinition; expectedVersion: number }>;
  delete: Array<{ name: string; expectedVersion?: number }>;
}

/**
 * What {@link ProfileRepository.applyChanges} wrote: the profiles created (replacements
 * last) and updated as stored (secrets in the clear: redact before showing), and the names deleted.
 *
 * @example
 * ```ts
 * const { created, updated, deleted }: ProfileChangesDone = await store.profiles.applyChanges('default', changes);
 * ```
 */
export interface ProfileChangesDone {
  created: StoredProfile[];
  updated: StoredProfile[];
  deleted: string[];
}
