import type { Connector, ConnectorRegistry, FieldMatch } from '../connectors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import { addProfileValues, validateCandidates, type CandidateSet, type Position, type Reporter } from './config-candidates.js';
import { flattenConfig } from './flatten-config.js';
import { fromSqlText, toSqlText } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';
import type { TemplateEnv } from './template.js';

export type { Position } from './config-candidates.js';

/** One WITH option of a table, as written. */
export interface TableOptionInput {
  key: string;
  value: string;
  keyPosition?: Position;
  valuePosition?: Position;
}

/** A table to merge: its name, its WITH options (including `connector` and `connection_profile`). */
export interface TableInput {
  name: string;
  options: readonly TableOptionInput[];
  position: Position;
}

/** What merging needs besides the table: connectors, the profiles fetched, the environment. */
export interface MergeContext {
  registry: ConnectorRegistry;
  profiles: ReadonlyMap<string, ProfileDefinition>;
  /** Every profile name the caller may see, for suggestions on a misspelt name. */
  profileNames: readonly string[];
  env: TemplateEnv;
  /**
   * Defer, rather than report, values whose `{{ NAME }}` the environment cannot fill:
   * for checks made when profiles and tables are saved, long before the planner's
   * environment is known.
   */
  lenientTemplates?: boolean;
}

/** A merged, validated table: everything but the rewritten SQL. */
export interface MergedTable {
  connector: Connector;
  profile: string | null;
  config: Record<string, unknown>;
  /** Flat canonical options with real values. */
  options: Record<string, string>;
  provenance: Record<string, Provenance>;
  /** The keys of `options` that hold secrets. */
  sensitive: ReadonlySet<string>;
}

/** Either the merged table or every problem found on the way. */
export type MergeOutcome = { ok: true; table: MergedTable } | { ok: false; errors: Diagnostic[] };

/** The option keys that steer resolution rather than configure the connector. */
export const CONNECTOR_KEY = 'connector';
export const PROFILE_KEY = 'connection_profile';

function isCoveredBy(overridable: readonly string[], key: string, exactOnly: boolean): boolean {
  return overridable.some((entry) =>
    entry === key || (!exactOnly && (entry === '*' || (entry.endsWith('.*') && key.startsWith(entry.slice(0, -1))))),
  );
}

/**
 * Merges one table's options with its profile, fills templates, converts and validates
 * everything against the connector's schemas, and records where each value came from.
 * It reports every problem it can find, not just the first.
 *
 * @example
 * ```ts
 * const outcome = mergeTable(
 *   { name: 'orders', position: { line: 1, column: 1 }, options: [
 *     { key: 'connection_profile', value: 'production-kafka' },
 *     { key: 'topic', value: 'orders' }, { key: 'format', value: 'json' } ] },
 *   { registry: createRegistry(), profiles: new Map([[profile.name, profile]]), profileNames: [], env: {} },
 * );
 * if (outcome.ok) outcome.table.config.bootstrap_servers; // from the profile
 * ```
 */
export function mergeTable(table: TableInput, context: MergeContext): MergeOutcome {
  const errors: Diagnostic[] = [];
  const report: Reporter = (code, message, at, extra = {}) => {
    errors.push({ code, message, line: at.line, column: at.column, table: table.name, ...extra });
  };

  const firstByKey = new Map<string, TableOptionInput>();
  const connectorOption = table.options.find((o) => o.key === CONNECTOR_KEY);
  const profileOption = table.options.find((o) => o.key === PROFILE_KEY);
  const optionAt = (o: TableOptionInput | undefined, part: 'key' | 'value' = 'key'): Position =>
    (part === 'value' ? o?.valuePosition : o?.keyPosition) ?? o?.keyPosition ?? table.position;

  for (const option of table.options) {
    if (firstByKey.has(option.key)) {
      report('DUPLICATE_OPTION', `option '${option.key}' is set more than once in table '${table.name}'`, optionAt(option), { key: option.key });
    } else {
      firstByKey.set(option.key, option);
    }
  }

  let profile: ProfileDefinition | undefined;
  if (profileOption) {
    profile = context.profiles.get(profileOption.value);
    if (!profile) {
      const suggestion = closestMatch(profileOption.value, context.profileNames);
      report(
        'PROFILE_NOT_FOUND',
        `connection profile '${profileOption.value}' does not exist` + (suggestion ? `; did you mean '${suggestion}'?` : ''),
        optionAt(profileOption, 'value'),
        { key: PROFILE_KEY, ...(suggestion ? { suggestion } : {}) },
      );
      return { ok: false, errors };
    }
  }

  const connectorName = connectorOption?.value ?? profile?.connector;
  if (connectorName === undefined) {
    report('MISSING_OPTION', `table '${table.name}' names neither a connector nor a connection_profile`, table.position, { key: CONNECTOR_KEY });
    return { ok: false, errors };
  }
  if (profile && connectorOption && profile.connector !== connectorOption.value) {
    report(
      'CONNECTOR_MISMATCH',
      `table '${table.name}' uses connector '${connectorOption.value}', but profile '${profile.name}' is a '${profile.connector}' profile`,
      optionAt(connectorOption, 'value'),
      { key: CONNECTOR_KEY },
    );
    return { ok: false, errors };
  }
  const connector = context.registry.get(connectorName);
  if (!connector) {
    const suggestion = closestMatch(connectorName, context.registry.names());
    report(
      'UNKNOWN_CONNECTOR',
      `connector '${connectorName}' is not registered` + (suggestion ? `; did you mean '${suggestion}'?` : '') + ` (known: ${context.registry.names().join(', ')})`,
      connectorOption ? optionAt(connectorOption, 'value') : optionAt(profileOption, 'value'),
      { key: CONNECTOR_KEY, ...(suggestion ? { suggestion } : {}) },
    );
    return { ok: false, errors };
  }

  const set: CandidateSet = { values: new Map(), deferred: new Set() };
  const candidates = set.values;
  const overridable = profile?.overridable ?? [];

  // Table options: never templated, checked against what the profile owns.
  for (const option of table.options) {
    if (option.key === CONNECTOR_KEY || option.key === PROFILE_KEY) continue;
    const match = connector.fields.match(option.key);
    if (!match) {
      const suggestion = closestMatch(option.key, connector.fields.spellings());
      report(
        'UNKNOWN_OPTION',
        `'${option.key}' is not an option of the ${connector.name} connector` + (suggestion ? `; did you mean '${suggestion}'?` : ''),
        optionAt(option),
        { key: option.key, ...(suggestion ? { suggestion } : {}) },
      );
      continue;
    }
    if (candidates.has(match.key)) {
      if (firstByKey.get(option.key) === option) {
        report('DUPLICATE_OPTION', `option '${match.key}' is set more than once in table '${table.name}' (again as '${option.key}')`, optionAt(option), { key: match.key });
      }
      continue;
    }
    if (profile && match.field.level === 'profile' && !isCoveredBy(overridable, match.key, match.field.endpoint)) {
      report(
        'OPTION_CONFLICT',
        `'${match.key}' belongs to profile '${profile.name}'; a table may set it only if the profile lists it in overridable` +
          (match.field.endpoint ? ' by its exact name, since it says where credentials are sent' : ''),
        optionAt(option),
        { key: match.key },
      );
      continue;
    }
    const converted = fromSqlText(match.field, option.value);
    if (!converted.ok) {
      report('INVALID_VALUE', `${match.key}: ${isSensitive(match) ? 'the value is not valid' : converted.message}`, optionAt(option, 'value'), { key: match.key });
      continue;
    }
    candidates.set(match.key, { match, value: converted.value, source: 'table', position: optionAt(option, 'value') });
  }

  // Profile values: templated from the environment, overridden where the table may.
  if (profile) {
    addProfileValues(set, connector, profile, { env: context.env, lenient: context.lenientTemplates === true, at: optionAt(profileOption, 'value') }, report);
  }
  const config = validateCandidates(set, connector, ['profile', 'table'], { subject: `table '${table.name}'`, at: optionAt(profileOption ?? connectorOption, 'key') }, report);
  if (errors.length > 0) return { ok: false, errors };

  const options: Record<string, string> = {};
  const provenance: Record<string, Provenance> = {};
  const sensitive = new Set<string>();
  for (const entry of flattenConfig(connector, config).entries) {
    options[entry.key] = toSqlText(entry.value);
    provenance[entry.key] = candidates.get(entry.key)?.source ?? 'default';
    if (isSensitive(entry.match)) sensitive.add(entry.key);
  }
  return { ok: true, table: { connector, profile: profile?.name ?? null, config, options, provenance, sensitive } };
}
