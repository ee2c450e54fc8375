import type { Catalog } from '../../index.js';
import type { CliIo } from '../cli-io.js';
import { jsonText } from '../json-output.js';
import { readProfilesFile } from '../read-profiles-file.js';
import { renderSyncPlan, syncPlanToJson } from '../render-sync-plan.js';

/**
 * The flags of `profiles apply`.
 *
 * @example
 * ```ts
 * const flags: ApplyFlags = { prune: true, dryRun: true, detailedExitcode: true, json: false };
 * ```
 */
export interface ApplyFlags {
  prune: boolean;
  dryRun: boolean;
  detailedExitcode: boolean;
  json: boolean;
}

/**
 * `ddl-profiles profiles apply FILE`: reads the file's profile bodies (so a bad file is
 * reported before any store is opened), and returns what syncs the catalog's profiles
 * with them: one transaction, or a dry run. That returns the exit code: 0, or with
 * `detailedExitcode` 2 when something changed (or would).
 *
 * @example
 * ```ts
 * const apply = await profilesApply('profiles.yaml', { prune: false, dryRun: true, detailedExitcode: false, json: false }, io);
 * const code = await apply(catalog);
 * ```
 */
export async function profilesApply(file: string, flags: ApplyFlags, io: CliIo): Promise<(catalog: Catalog) => Promise<number>> {
  const bodies = await readProfilesFile(file);
  return async (catalog) => {
    const plan = await catalog.profiles.sync(bodies, { prune: flags.prune, dryRun: flags.dryRun });
    io.out(flags.json ? jsonText(syncPlanToJson(plan)) : renderSyncPlan(plan));
    const changed = plan.create.length + plan.update.length + plan.delete.length > 0;
    return flags.detailedExitcode && changed ? 2 : 0;
  };
}
