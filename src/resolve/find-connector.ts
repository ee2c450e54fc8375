import type { Connector } from '../connectors/index.js';
import { connectorMismatch, missingOption, profileNotFound, unknownConnector } from '../errors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import type { ReadOptions } from './read-options.js';
import { CONNECTOR_KEY, PROFILE_KEY, type MergeContext, type TableInput } from './table-input.js';
import type { TableProblems } from './table-problems.js';

/**
 * What a table merges with: its connector, and its profile when it names one.
 *
 * @example
 * ```ts
 * const found: FoundConnector | undefined = findConnector(table, read, context, problems);
 * found?.connector.name; // 'kafka'
 * ```
 */
export interface FoundConnector {
  connector: Connector;
  profile?: ProfileDefinition;
}

/**
 * Step 2 of a merge: finds the table's profile among those fetched, and its connector
 * (named by the table, or else by the profile). Undefined, with the problem reported,
 * when the profile does not exist, neither names a connector, the two disagree, or the
 * connector is not registered.
 *
 * @example
 * ```ts
 * const found = findConnector(table, readOptions(table, problems), context, problems);
 * if (!found) return { ok: false, errors: problems.errors };
 * ```
 */
export function findConnector(
  table: TableInput,
  read: ReadOptions,
  context: MergeContext,
  problems: TableProblems,
): FoundConnector | undefined {
  const { connectorOption, profileOption } = read;
  let profile: ProfileDefinition | undefined;
  if (profileOption) {
    profile = context.profiles.get(profileOption.value);
    if (!profile) {
      const suggestion = closestMatch(profileOption.value, context.profileNames);
      problems.report({ ...profileNotFound(profileOption.value, suggestion), key: PROFILE_KEY }, problems.valueAt(profileOption));
      return undefined;
    }
  }

  const connectorName = connectorOption?.value ?? profile?.connector;
  if (connectorName === undefined) {
    problems.report(missingOption(CONNECTOR_KEY, { table: table.name, needs: 'connector' }), table.position);
    return undefined;
  }
  const connector = context.registry.get(connectorName);
  // A table's connector takes the profiles of its `profileConnector` (Flink's upsert-kafka takes kafka profiles).
  const takes = connector?.profileConnector ?? connectorName;
  if (profile && connectorOption && profile.connector !== takes) {
    const mismatch = { table: table.name, connector: connectorOption.value, profile: profile.name, profileConnector: profile.connector };
    problems.report(connectorMismatch(mismatch), problems.valueAt(connectorOption));
    return undefined;
  }
  if (!connector) {
    const suggestion = closestMatch(connectorName, context.registry.names());
    // Passing through was asked for, and refused: the table names a profile, which only a registered connector resolves.
    const refused = context.unknownConnectors === 'passthrough' && profileOption;
    const why = refused ? { profile: profileOption.value } : { known: context.registry.names() };
    problems.report(unknownConnector(connectorName, suggestion, why), problems.valueAt(connectorOption ?? profileOption));
    return undefined;
  }
  return profile ? { connector, profile } : { connector };
}
