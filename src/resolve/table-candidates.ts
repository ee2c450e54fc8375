import type { Connector, FieldMatch } from '../connectors/index.js';
import { duplicateOption, invalidValue, optionConflict, unknownOption } from '../errors/index.js';
import { closestMatch } from './closest-match.js';
import type { FoundConnector } from './find-connector.js';
import { fromSqlOption } from './option-value.js';
import type { Candidate } from './prepare-profile.js';
import type { ReadOptions } from './read-options.js';
import { isSensitive } from './sensitive-keys.js';
import type { TableOptionInput } from './table-input.js';
import type { TableProblems } from './table-problems.js';

/**
 * A table's own value, with the option that wrote it, for positioning its problems.
 *
 * @example
 * ```ts
 * const candidate: TableCandidate = { match, value: 'orders', source: 'table', option };
 * ```
 */
export interface TableCandidate extends Candidate {
  option: TableOptionInput;
}

/**
 * A table's own values by canonical key, and whether any of them overrides a key its
 * profile owns (the profile side is then validated again for this table).
 *
 * @example
 * ```ts
 * const { own, overridesProfile } = tableCandidates(read, found, problems);
 * own.get('topic')?.value; // 'orders'
 * ```
 */
export interface TableCandidates {
  own: Map<string, TableCandidate>;
  overridesProfile: boolean;
}

/** Whether a profile's `overridable` list lets a table set `key`; an endpoint needs its exact name. */
function isCoveredBy(overridable: readonly string[], key: string, exactOnly: boolean): boolean {
  return overridable.some(
    (entry) => entry === key || (!exactOnly && (entry === '*' || (entry.endsWith('.*') && key.startsWith(entry.slice(0, -1))))),
  );
}

/**
 * Step 3 of a merge: the table's own options, never templated. Each is matched to a
 * field of the connector (a key it does not know is `UNKNOWN_OPTION`, with the closest
 * spelling), checked against what the profile owns (`OPTION_CONFLICT` unless the
 * profile lists it in `overridable`), and converted to its field's type.
 *
 * @example
 * ```ts
 * const { own } = tableCandidates(readOptions(table, problems), findConnector(…)!, problems);
 * ```
 */
export function tableCandidates(read: ReadOptions, found: FoundConnector, problems: TableProblems): TableCandidates {
  const { connector, profile } = found;
  const own = new Map<string, TableCandidate>();
  const overridable = profile?.overridable ?? [];
  let overridesProfile = false;
  for (const option of read.options) {
    if (option === read.connectorOption || option === read.profileOption) continue;
    const match = tableField(connector, option, problems);
    if (!match) continue;
    if (own.has(match.key)) {
      problems.report(duplicateOption(match.key, problems.table.name, option.key), problems.keyAt(option));
      continue;
    }
    const owned = match.field.level === 'profile' ? match.field.endpoint : connector.profileOwns?.(match.key);
    if (profile && owned !== undefined) {
      const endpoint = owned === true || owned === 'endpoint';
      const profileKey = connector.overridableAs?.(match.key);
      const covered =
        isCoveredBy(overridable, match.key, endpoint) || (profileKey !== undefined && isCoveredBy(overridable, profileKey, endpoint));
      if (!covered) {
        problems.report(optionConflict(match.key, profile.name, endpoint), problems.keyAt(option));
        continue;
      }
      if (match.field.level === 'profile') overridesProfile = true;
    }
    if (connector.dialect === 'flink' && option.valueKind !== undefined && option.valueKind !== 'string') {
      problems.report(
        invalidValue(match.key, `Flink SQL writes every option value as a quoted string: '${option.value}'`),
        problems.valueAt(option),
      );
      continue;
    }
    const converted = fromSqlOption(match, option);
    if (!converted.ok) {
      // A secret is never quoted.
      problems.report(invalidValue(match.key, isSensitive(match) ? 'the value is not valid' : converted.message), problems.valueAt(option));
      continue;
    }
    own.set(match.key, { match, value: converted.value, source: 'table', option });
  }
  if (problems.table.temporary) temporaryIsLookup(read, found, own, problems);
  return { own, overridesProfile };
}

/**
 * The field a table's option sets, or undefined with the problem reported: the other
 * dialect's key for the connector (an Arroyo key in a Flink table, or a Flink key in an
 * Arroyo one) is `UNKNOWN_OPTION` naming that dialect and this one's key for the setting;
 * another key the connector does not know is `UNKNOWN_OPTION` with the closest spelling.
 */
function tableField(connector: Connector, option: TableOptionInput, problems: TableProblems): FieldMatch | undefined {
  const match = connector.fields.match(option.key);
  const other = connector.otherDialectKeys?.[option.key];
  // A profile's own key written in a table is the other dialect's spelling when the connector says so.
  if (other !== undefined && (!match || match.field.level === 'profile')) {
    const otherDialect = connector.dialect === 'flink' ? 'arroyo' : 'flink';
    const problem = unknownOption({
      key: option.key,
      connector: connector.name,
      where: 'table',
      otherDialect,
      suggestion: other ?? undefined,
    });
    problems.report(problem, problems.keyAt(option));
    return undefined;
  }
  if (match) return match;
  const suggestion = closestMatch(option.key, connector.fields.spellings());
  problems.report(unknownOption({ key: option.key, connector: connector.name, where: 'table', suggestion }), problems.keyAt(option));
  return undefined;
}

/** The `type` every table's config has where its connector makes more than one kind of table. */
const TYPE_KEY = 'type';
const LOOKUP = 'lookup';

/**
 * A temporary table is a lookup table: `type` defaults to `lookup`, and any other type,
 * or a connector without lookups, is `INVALID_VALUE` (Arroyo's planner says "temporary
 * tables must be type 'lookup'").
 */
function temporaryIsLookup(read: ReadOptions, found: FoundConnector, own: Map<string, TableCandidate>, problems: TableProblems): void {
  const written = own.get(TYPE_KEY);
  const match = found.connector.fields.match(TYPE_KEY);
  const takesLookup = match?.field.level === 'table' && (match.field.values === undefined || match.field.values.includes(LOOKUP));
  if (!match || !takesLookup) {
    const at = written ? problems.valueAt(written.option) : problems.table.position;
    const reason = `table '${problems.table.name}' is TEMPORARY, so a lookup table, and the ${found.connector.name} connector has no lookup tables`;
    problems.report(invalidValue(TYPE_KEY, reason, { standalone: true }), at);
    return;
  }
  if (written === undefined) {
    const option = read.connectorOption ?? read.profileOption ?? { key: TYPE_KEY, value: LOOKUP };
    own.set(TYPE_KEY, { match, value: LOOKUP, source: 'default', option });
  } else if (written.value !== LOOKUP) {
    const reason = `table '${problems.table.name}' is TEMPORARY with type '${String(written.value)}'; temporary tables must be type 'lookup'`;
    problems.report(invalidValue(TYPE_KEY, reason, { standalone: true }), problems.valueAt(written.option));
  }
}
