import type { ProfileSyncPlan } from '../index.js';

/** A value of a diff line: JSON, or `(none)` where the key is absent. */
function shown(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

/**
 * A sync plan as `profiles apply` prints it: `+ name (connector)` for a create, `~ name`
 * and a `key: old → new` line per changed key for an update, `- name (connector)` for a
 * delete, then a count. Secrets are already masked in the plan.
 *
 * @example
 * ```ts
 * io.out(renderSyncPlan(await catalog.profiles.sync(bodies, { dryRun: true })));
 * ```
 */
export function renderSyncPlan(plan: ProfileSyncPlan): string {
  const lines = [
    ...plan.create.map((p) => `+ ${p.name} (${p.connector})`),
    ...plan.update.flatMap((p) => [`~ ${p.name}`, ...p.changes.map((c) => `    ${c.key}: ${shown(c.before)} → ${shown(c.after)}`)]),
    ...plan.delete.map((p) => `- ${p.name} (${p.connector})`),
  ];
  const [c, u, d, same] = [plan.create.length, plan.update.length, plan.delete.length, plan.unchanged.length];
  if (c + u + d === 0) lines.push(`nothing to change: ${same} profile(s) unchanged`);
  else if (plan.applied) lines.push(`applied: ${c} created, ${u} updated, ${d} deleted, ${same} unchanged`);
  else lines.push(`dry run, nothing written: ${c} to create, ${u} to update, ${d} to delete, ${same} unchanged`);
  return lines.join('\n');
}

/**
 * A sync plan as `profiles apply --json` prints it: names, and each update's changed keys
 * (no values, so no secret).
 *
 * @example
 * ```ts
 * io.out(jsonText(syncPlanToJson(plan))); // {"created": ["cache"], "updated": [], "deleted": [], "unchanged": []}
 * ```
 */
export function syncPlanToJson(plan: ProfileSyncPlan): {
  created: string[];
  updated: Array<{ name: string; changed: string[] }>;
  deleted: string[];
  unchanged: string[];
} {
  return {
    created: plan.create.map((p) => p.name),
    updated: plan.update.map((p) => ({ name: p.name, changed: p.changes.map((c) => c.key) })),
    deleted: plan.delete.map((p) => p.name),
    unchanged: plan.unchanged,
  };
}
