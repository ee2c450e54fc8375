import type { Connector } from '../connectors/index.js';
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
      problems.report(
        'PROFILE_NOT_FOUND',
        `connection profile '${profileOption.value}' does not exist${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
        problems.valueAt(profileOption),
        { key: PROFILE_KEY, ...(suggestion ? { suggestion } : {}) },
      );
      return undefined;
    }
  }

  const connectorName = connectorOption?.value ?? profile?.connector;
  if (connectorName === undefined) {
    problems.report('MISSING_OPTION', `table '${table.name}' names neither a connector nor a connection_profile`, table.position, {
      key: CONNECTOR_KEY,
    });
    return undefined;
  }
  if (profile && connectorOption && profile.connector !== connectorOption.value) {
    problems.report(
      'CONNECTOR_MISMATCH',
      `table '${table.name}' uses connector '${connectorOption.value}', but profile '${profile.name}' is a '${profile.connector}' profile`,
      problems.valueAt(connectorOption),
      { key: CONNECTOR_KEY },
    );
    return undefined;
  }
  const connector = context.registry.get(connectorName);
  if (!connector) {
    const suggestion = closestMatch(connectorName, context.registry.names());
    problems.report(
      'UNKNOWN_CONNECTOR',
      `connector '${connectorName}' is not registered` +
        (suggestion ? `; did you mean '${suggestion}'?` : '') +
        (context.unknownConnectors === 'passthrough' && profileOption
          ? `; it cannot pass through untouched, since it names connection_profile '${profileOption.value}'`
          : ` (known: ${context.registry.names().join(', ')})`),
      problems.valueAt(connectorOption ?? profileOption),
      { key: CONNECTOR_KEY, ...(suggestion ? { suggestion } : {}) },
    );
    return undefined;
  }
  return profile ? { connector, profile } : { connector };
}
