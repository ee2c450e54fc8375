import { changeBreaksTables, DdlProfilesError } from '../errors/index.js';
import { mergeForEngine } from '../resolve/index.js';
import type { DependentsCheck, StoredProfile, StoredTable } from '../store/index.js';
import { tableRegistryOf, type CatalogContext } from './catalog-context.js';
import { definitionOf } from './profile-definition.js';
import { storedTableInput } from './stored-table-input.js';

/**
 * The check a profile update runs on the tables using the profile: each one merged again
 * with the changed profile by its own dialect's connectors (templates not judged). It names the tables that would break,
 * and records why in `broken` (table name to its problems), for {@link withBrokenTables}.
 *
 * @example
 * ```ts
 * const broken: Record<string, string[]> = {};
 * await store.profiles.update(tenant, 'cache', patch, version, breakingTablesCheck(context, broken));
 * ```
 */
export function breakingTablesCheck(context: CatalogContext, broken: Record<string, string[]>): DependentsCheck {
  const { env } = context;
  return (tables: StoredTable[], saved: StoredProfile): string[] => {
    const profiles = new Map([[saved.name, definitionOf(saved)]]);
    const names: string[] = [];
    for (const table of tables) {
      const outcome = mergeForEngine(storedTableInput(table, saved.name), {
        registry: tableRegistryOf(context, table.dialect),
        profiles,
        profileNames: [],
        env,
        lenientTemplates: true,
      });
      if (outcome.ok) continue;
      broken[table.name] = outcome.errors.map((e) => `${e.code}${e.key ? ` ${e.key}` : ''}: ${e.message}`);
      names.push(table.name);
    }
    return names;
  };
}

/**
 * A store's `TABLE_INVALID` (a profile change refused for the tables it would break) with
 * the problems {@link breakingTablesCheck} recorded added to its details; any other error
 * as it is.
 *
 * @example
 * ```ts
 * try { … } catch (error) { throw withBrokenTables(error, broken); }
 * ```
 */
export function withBrokenTables(error: unknown, broken: Record<string, string[]>): unknown {
  if (!(error instanceof DdlProfilesError) || error.code !== 'TABLE_INVALID') return error;
  const { profile, tables } = error.details as { profile: string; tables: string[] };
  const problems = Object.fromEntries(tables.filter((t) => t in broken).map((t) => [t, broken[t]]));
  return DdlProfilesError.of(changeBreaksTables(profile, tables), { details: { ...error.details, problems } });
}
