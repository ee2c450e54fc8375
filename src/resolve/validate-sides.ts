import type { FoundConnector } from './find-connector.js';
import type { Position } from './position.js';
import type { PreparedProfile } from './prepare-profile.js';
import type { ReadOptions } from './read-options.js';
import type { TableCandidates } from './table-candidates.js';
import type { TableProblems } from './table-problems.js';
import { type SideOwner, parseConfigSide, type ParsedConfigSide } from './parse-config-side.js';

/** A profile side that holds nothing and has nothing wrong with it. */
const emptySide = (): ParsedConfigSide => ({ config: {}, entries: [], problems: [] });

/**
 * Both validated sides of a table's config.
 *
 * @example
 * ```ts
 * const { profileSide, tableSide } = validateSides(read, found, own, prepared, problems);
 * ```
 */
export interface ValidatedSides {
  profileSide: ParsedConfigSide;
  tableSide: ParsedConfigSide;
}

/**
 * Step 5 of a merge: validates the profile side (once per profile, unless this table
 * overrides part of it) and the table side against the connector's schemas and rules,
 * reporting each problem at the option that set the value, or else at the profile.
 *
 * @example
 * ```ts
 * const sides = validateSides(read, found, tableCandidates(read, found, problems), prepared, problems);
 * if (problems.ok) sides.tableSide.config.topic; // 'orders'
 * ```
 */
export function validateSides(
  read: ReadOptions,
  found: FoundConnector,
  table: TableCandidates,
  prepared: PreparedProfile,
  problems: TableProblems,
): ValidatedSides {
  const { connector, profile } = found;
  const { own, overridesProfile } = table;
  const owner: SideOwner = { table: problems.table.name };
  const profileOwner: SideOwner = profile ? { profile: profile.name } : owner;
  let profileSide: ParsedConfigSide;
  if (profile && !overridesProfile) {
    profileSide = prepared.validated ??= parseConfigSide(connector, 'profile', prepared.values.values(), prepared.deferred, profileOwner);
  } else {
    const merged = new Map(prepared.values);
    for (const [key, candidate] of own) if (candidate.match.field.level === 'profile') merged.set(key, candidate);
    // A connector that writes its profile in its engine's own keys (Flink's) has no profile
    // side to check when the table has no profile and sets none of its keys: the table says
    // the connection in the engine's keys (`properties.bootstrap.servers`), and what the
    // statement must hold is checked when it is written (`engineRequires`).
    profileSide =
      !profile && merged.size === 0 && connector.profileOptions
        ? emptySide()
        : parseConfigSide(connector, 'profile', merged.values(), prepared.deferred, profileOwner);
  }
  const tableSide = parseConfigSide(connector, 'table', own.values(), prepared.deferred, owner);
  if (profileSide.problems.length === 0 && tableSide.problems.length === 0) return { profileSide, tableSide };
  // Positions are worked out only for a problem: a parsed option computes its spans when asked.
  const positionOf = (key?: string): Position =>
    problems.valueAt((key ? own.get(key)?.option : undefined) ?? read.profileOption ?? read.connectorOption);
  problems.reportAll(profileSide.problems, positionOf);
  problems.reportAll(tableSide.problems, positionOf);
  return { profileSide, tableSide };
}
