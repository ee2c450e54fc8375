import { DdlProfilesError, definitionInvalid, invalidValue, withMessage } from '../errors/index.js';
import { isPlainObject } from '../json/json-object.js';
import { redactConfig } from '../resolve/index.js';
import type { DependentsCheck, ProfileChanges, StoredProfile } from '../store/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { breakingTablesCheck, withBrokenTables } from './breaking-tables.js';
import type { CatalogContext } from './catalog-context.js';

/**
 * Options of {@link syncProfiles}: `prune` deletes the stored profiles the list lacks;
 * `dryRun` plans and writes nothing.
 *
 * @example
 * ```ts
 * const plan = await catalog.profiles.sync(profiles, { prune: true, dryRun: true });
 * ```
 */
export interface SyncOptions {
  prune?: boolean;
  dryRun?: boolean;
}

/**
 * One changed key of a profile: `connector`, `overridable`, `description`, or
 * `config.` and the dotted path of a config value. `before` and `after` are as shown:
 * secrets `********`, `undefined` where the key is absent.
 *
 * @example
 * ```ts
 * const change: ProfileKeyChange = { key: 'config.address', before: 'redis://a:6379', after: 'redis://b:6379' };
 * ```
 */
export interface ProfileKeyChange {
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * What a sync does, or did: the profiles it creates, updates (each with its changed
 * keys) and deletes, and those already as the list says. No secret is in it.
 * A profile whose connector changes is deleted and created again under its name, and
 * listed as an update with a `connector` change.
 *
 * @example
 * ```ts
 * const plan: ProfileSyncPlan = await catalog.profiles.sync(profiles, { dryRun: true });
 * for (const { name, changes } of plan.update) console.log(name, changes.map((c) => c.key));
 * ```
 */
export interface ProfileSyncPlan {
  create: Array<{ name: string; connector: string }>;
  update: Array<{ name: string; connector: string; changes: ProfileKeyChange[] }>;
  delete: Array<{ name: string; connector: string }>;
  unchanged: string[];
  /** Whether the plan was written (false for a dry run). */
  applied: boolean;
}

/** A body validated and in the stored shape; with `stored`, its kept secrets filled in. */
export type CheckBody = (input: ProfileDefinition, stored?: StoredProfile) => ProfileDefinition & { description: string | null };

/**
 * Whether a plan changes anything.
 *
 * @example
 * ```ts
 * process.exitCode = hasChanges(plan) ? 2 : 0;
 * ```
 */
export function hasChanges(plan: ProfileSyncPlan): boolean {
  return plan.create.length + plan.update.length + plan.delete.length > 0;
}

/** Every profile of the tenant, secrets in the clear, a page at a time. */
async function storedProfiles(context: CatalogContext): Promise<StoredProfile[]> {
  const all: StoredProfile[] = [];
  for (;;) {
    const { items, total } = await context.store.profiles.list(context.tenant, { limit: 500, offset: all.length });
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}

/** JSON with object keys in order, so two values compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The leaves of a config (arrays are leaves), by dotted path. */
function leaves(config: Record<string, unknown>, prefix = 'config.', into = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, value] of Object.entries(config)) {
    if (isPlainObject(value) && Object.keys(value).length > 0) leaves(value, `${prefix}${key}.`, into);
    else into.set(`${prefix}${key}`, value);
  }
  return into;
}

/** The keys in which `next` differs from `current`, their values as shown (secrets masked by each side's connector). */
function changesOf(context: CatalogContext, current: StoredProfile, next: ProfileDefinition & { description: string | null }) {
  const shown = (connector: string, config: Record<string, unknown>) => leaves(redactConfig(context.registry.get(connector), config));
  const [before, after] = [leaves(current.config), leaves(next.config)];
  const [beforeShown, afterShown] = [shown(current.connector, current.config), shown(next.connector, next.config)];
  const changes: ProfileKeyChange[] = [];
  const differs = (a: unknown, b: unknown) => canonical(a) !== canonical(b);
  if (current.connector !== next.connector) changes.push({ key: 'connector', before: current.connector, after: next.connector });
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    if (differs(before.get(key), after.get(key))) changes.push({ key, before: beforeShown.get(key), after: afterShown.get(key) });
  }
  const overridable = next.overridable ?? [];
  if (differs(current.overridable, overridable)) changes.push({ key: 'overridable', before: current.overridable, after: overridable });
  if (current.description !== next.description) changes.push({ key: 'description', before: current.description, after: next.description });
  return changes;
}

/** Refuses a list naming a profile twice: which body wins would be a guess. */
function refuseDuplicates(inputs: readonly ProfileDefinition[]): void {
  const seen = new Set<string>();
  for (const { name } of inputs) {
    if (seen.has(name)) {
      const reason = `the list names profile '${name}' more than once`;
      throw DdlProfilesError.of(definitionInvalid('PROFILE_INVALID', name, [withMessage(invalidValue('name', reason))]));
    }
    seen.add(name);
  }
}

/**
 * Makes a tenant's profiles what a list of bodies says (our shape or Arroyo's, as
 * `create` takes them), declaratively. The plan: a body the store lacks is created; one
 * whose connector, config, overridable or description differs from the stored profile
 * is updated (a secret sent back as `********` or left out of its section keeps its
 * stored value, as in `update`); with `prune`, a stored profile the list lacks is
 * deleted. Every body is validated before anything is written, and the whole plan is
 * then written in one transaction: a body that is not valid (`PROFILE_INVALID`), an
 * update that would break a table using the profile (`TABLE_INVALID`), a delete of a
 * profile tables use (`PROFILE_IN_USE`, naming them), or a profile changed meanwhile
 * (`VERSION_CONFLICT`) writes nothing, and the error names the profile.
 *
 * @example
 * ```ts
 * const plan = await syncProfiles(context, profiles, { prune: true }, check);
 * console.log(plan.create.map((p) => p.name), plan.applied);
 * ```
 */
export async function syncProfiles(
  context: CatalogContext,
  inputs: readonly ProfileDefinition[],
  options: SyncOptions,
  check: CheckBody,
): Promise<ProfileSyncPlan> {
  refuseDuplicates(inputs);
  const stored = new Map((await storedProfiles(context)).map((p) => [p.name, p]));
  const plan: ProfileSyncPlan = { create: [], update: [], delete: [], unchanged: [], applied: false };
  const changes: Required<ProfileChanges> = { create: [], update: [], replace: [], delete: [] };
  for (const input of inputs) {
    const current = stored.get(input.name);
    const next = check(input, current);
    if (!current) {
      plan.create.push({ name: next.name, connector: next.connector });
      changes.create.push(next);
      continue;
    }
    const changed = changesOf(context, current, next);
    if (changed.length === 0) {
      plan.unchanged.push(next.name);
      continue;
    }
    plan.update.push({ name: next.name, connector: next.connector, changes: changed });
    if (current.connector !== next.connector) {
      // Another connector: the profile is replaced, under the same name (refused while tables use it).
      changes.replace.push({ definition: next, expectedVersion: current.version });
    } else {
      const { config, overridable = [], description } = next;
      changes.update.push({ name: current.name, patch: { config, overridable, description }, expectedVersion: current.version });
    }
  }
  if (options.prune) {
    const listed = new Set(inputs.map((i) => i.name));
    for (const profile of stored.values()) {
      if (listed.has(profile.name)) continue;
      plan.delete.push({ name: profile.name, connector: profile.connector });
      changes.delete.push({ name: profile.name, expectedVersion: profile.version });
    }
  }
  if (options.dryRun || !hasChanges(plan)) return plan;
  const broken = new Map<string, Record<string, string[]>>();
  const checkFor = (name: string): DependentsCheck => {
    const record: Record<string, string[]> = {};
    broken.set(name, record);
    return breakingTablesCheck(context, record);
  };
  try {
    await context.store.profiles.applyChanges(context.tenant, changes, checkFor);
  } catch (error) {
    const profile = error instanceof DdlProfilesError ? (error.details as { profile?: string } | undefined)?.profile : undefined;
    throw withBrokenTables(error, (profile && broken.get(profile)) || {});
  }
  return { ...plan, applied: true };
}
