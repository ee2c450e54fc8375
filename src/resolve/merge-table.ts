import type { Connector, ConnectorRegistry } from '../connectors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import { prepareProfile, validateLevel, type Candidate, type Position, type PreparedProfile, type Problem, type ValidatedLevel } from './config-candidates.js';
import { fromSqlText, toSqlText } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';
import type { TemplateEnv } from './template.js';

export type { Position } from './config-candidates.js';

/**
 * One WITH option of a table, as written, with where its key and value stand (a parsed `TableOption` is one).
 *
 * @example
 * ```ts
 * const option: TableOptionInput = { key: 'topic', value: 'orders', valueSpan: { line: 2, column: 11 } };
 * ```
 */
export interface TableOptionInput {
  key: string;
  value: string;
  keySpan?: Position;
  valueSpan?: Position;
}

/**
 * A table to merge: its name, its WITH options (including `connector` and `connection_profile`).
 *
 * @example
 * ```ts
 * const input: TableInput = { name: 'orders', position: { line: 1, column: 1 }, options: [
 *   { key: 'connection_profile', value: 'production-kafka' }, { key: 'topic', value: 'orders' }] };
 * ```
 */
export interface TableInput {
  name: string;
  options: readonly TableOptionInput[];
  position: Position;
}

/**
 * What merging needs besides the table: connectors, the profiles fetched, the environment.
 *
 * @example
 * ```ts
 * const context: MergeContext = { registry: createRegistry(), profiles: new Map([[profile.name, profile]]), profileNames: [], env: {} };
 * ```
 */
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
  /**
   * Profiles already prepared in this resolve: shared by every table that uses the same
   * profile. Pass one map for a whole script.
   */
  prepared?: WeakMap<ProfileDefinition, PreparedProfile>;
}

/**
 * A merged, validated table: everything but the rewritten SQL.
 *
 * @example
 * ```ts
 * const outcome = mergeTable(input, context);
 * if (outcome.ok) outcome.table.provenance['bootstrap_servers']; // 'profile'
 * ```
 */
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

/**
 * Either the merged table or every problem found on the way.
 *
 * @example
 * ```ts
 * const outcome: MergeOutcome = mergeTable(input, context);
 * if (!outcome.ok) for (const e of outcome.errors) console.log(e.code, e.message);
 * ```
 */
export type MergeOutcome = { ok: true; table: MergedTable } | { ok: false; errors: Diagnostic[] };

/**
 * The WITH key that names a table's connector. It steers resolution rather than
 * configuring the connector, and always leads the rewritten WITH clause.
 *
 * @example
 * ```ts
 * table.options.find((o) => o.key === CONNECTOR_KEY)?.value; // 'kafka'
 * ```
 */
export const CONNECTOR_KEY = 'connector';

/**
 * The WITH key that names a table's connection profile; removed from rewritten SQL.
 *
 * @example
 * ```ts
 * table.options.find((o) => o.key === PROFILE_KEY)?.value; // 'production-kafka'
 * ```
 */
export const PROFILE_KEY = 'connection_profile';

/** A table's own value, with the option that wrote it, for positioning its problems. */
interface TableCandidate extends Candidate {
  option: TableOptionInput;
}

/** What a table without a profile merges with: nothing. Shared, and never written to. */
const NO_PROFILE: PreparedProfile = { values: new Map(), deferred: new Set(), problems: [] };

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
  const report = (code: DiagnosticCode, message: string, at: Position, extra: Partial<Diagnostic> = {}): void => {
    errors.push({ code, message, line: at.line, column: at.column, table: table.name, ...extra });
  };
  const reportAll = (problems: readonly Problem[], at: (key?: string) => Position): void => {
    for (const { code, message, ...extra } of problems) report(code, message, at(extra.key), extra);
  };
  const keyAt = (o: TableOptionInput | undefined): Position => o?.keySpan ?? table.position;
  const valueAt = (o: TableOptionInput | undefined): Position => o?.valueSpan ?? keyAt(o);

  let connectorOption: TableOptionInput | undefined;
  let profileOption: TableOptionInput | undefined;
  // A WITH clause holds a handful of options: a scan beats building a Map per table.
  const firsts: TableOptionInput[] = [];
  for (const option of table.options) {
    if (firsts.some((first) => first.key === option.key)) {
      report('DUPLICATE_OPTION', `option '${option.key}' is set more than once in table '${table.name}'`, keyAt(option), { key: option.key });
      continue;
    }
    firsts.push(option);
    if (option.key === CONNECTOR_KEY) connectorOption = option;
    else if (option.key === PROFILE_KEY) profileOption = option;
  }

  let profile: ProfileDefinition | undefined;
  if (profileOption) {
    profile = context.profiles.get(profileOption.value);
    if (!profile) {
      const suggestion = closestMatch(profileOption.value, context.profileNames);
      report(
        'PROFILE_NOT_FOUND',
        `connection profile '${profileOption.value}' does not exist` + (suggestion ? `; did you mean '${suggestion}'?` : ''),
        valueAt(profileOption),
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
      valueAt(connectorOption),
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
      valueAt(connectorOption ?? profileOption),
      { key: CONNECTOR_KEY, ...(suggestion ? { suggestion } : {}) },
    );
    return { ok: false, errors };
  }

  // Table options: never templated, checked against what the profile owns.
  const own = new Map<string, TableCandidate>();
  const overridable = profile?.overridable ?? [];
  let overridesProfile = false;
  for (const option of firsts) {
    if (option === connectorOption || option === profileOption) continue;
    const match = connector.fields.match(option.key);
    if (!match) {
      const suggestion = closestMatch(option.key, connector.fields.spellings());
      report(
        'UNKNOWN_OPTION',
        `'${option.key}' is not an option of the ${connector.name} connector` + (suggestion ? `; did you mean '${suggestion}'?` : ''),
        keyAt(option),
        { key: option.key, ...(suggestion ? { suggestion } : {}) },
      );
      continue;
    }
    if (own.has(match.key)) {
      report('DUPLICATE_OPTION', `option '${match.key}' is set more than once in table '${table.name}' (again as '${option.key}')`, keyAt(option), { key: match.key });
      continue;
    }
    if (profile && match.field.level === 'profile') {
      if (!isCoveredBy(overridable, match.key, match.field.endpoint)) {
        report(
          'OPTION_CONFLICT',
          `'${match.key}' belongs to profile '${profile.name}'; a table may set it only if the profile lists it in overridable` +
            (match.field.endpoint ? ' by its exact name, since it says where credentials are sent' : ''),
          keyAt(option),
          { key: match.key },
        );
        continue;
      }
      overridesProfile = true;
    }
    const converted = fromSqlText(match.field, option.value);
    if (!converted.ok) {
      report('INVALID_VALUE', `${match.key}: ${isSensitive(match) ? 'the value is not valid' : converted.message}`, valueAt(option), { key: match.key });
      continue;
    }
    own.set(match.key, { match, value: converted.value, source: 'table', option });
  }

  // Profile values, prepared once per profile and shared by the tables that use it.
  let prepared = NO_PROFILE;
  if (profile) {
    const cached = context.prepared?.get(profile);
    prepared = cached ?? prepareProfile(connector, profile, { env: context.env, lenient: context.lenientTemplates === true });
    if (!cached) context.prepared?.set(profile, prepared);
    reportAll(prepared.problems, () => valueAt(profileOption));
  }
  // Positions are worked out only for a problem: a parsed option computes its spans when asked.
  const positionOf = (key?: string): Position => valueAt((key ? own.get(key)?.option : undefined) ?? profileOption ?? connectorOption);
  const subject = `table '${table.name}'`;
  const profileSubject = profile ? `profile '${profile.name}'` : subject;

  // The profile side: validated once per profile, unless this table overrides part of it.
  let profileSide: ValidatedLevel;
  if (profile && !overridesProfile) {
    profileSide = prepared.validated ??= validateLevel(connector, 'profile', prepared.values.values(), prepared.deferred, profileSubject);
  } else {
    const merged = new Map(prepared.values);
    for (const [key, candidate] of own) if (candidate.match.field.level === 'profile') merged.set(key, candidate);
    profileSide = validateLevel(connector, 'profile', merged.values(), prepared.deferred, profileSubject);
  }
  const tableSide = validateLevel(connector, 'table', own.values(), prepared.deferred, subject);
  reportAll(profileSide.problems, positionOf);
  reportAll(tableSide.problems, positionOf);
  if (errors.length > 0) return { ok: false, errors };

  const options: Record<string, string> = {};
  const provenance: Record<string, Provenance> = {};
  const sensitive = new Set<string>();
  for (const side of [profileSide, tableSide]) {
    for (const entry of side.entries) {
      options[entry.key] = toSqlText(entry.value);
      provenance[entry.key] = (own.get(entry.key) ?? prepared.values.get(entry.key))?.source ?? 'default';
      if (isSensitive(entry.match)) sensitive.add(entry.key);
    }
  }
  const config = !overridesProfile && profile !== undefined ? copyJson(profileSide.config) : { ...profileSide.config };
  for (const key in tableSide.config) config[key] = tableSide.config[key];
  return { ok: true, table: { connector, profile: profile?.name ?? null, config, options, provenance, sensitive } };
}

/** A cached profile side is shared between tables: each table gets its own copy of its objects and arrays. */
function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = copyJson((value as Record<string, unknown>)[key]);
  return copy as T;
}
