import type { z } from 'zod';
import type { Connector, ConnectorRegistry, FieldMatch } from '../connectors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import { flattenConfig, setPath } from './flatten-config.js';
import { fromSqlText, toSqlText } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';
import { expandTemplate, type TemplateEnv } from './template.js';

/** A 1-based line and column in the script. */
export interface Position {
  line: number;
  column: number;
}

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

interface Candidate {
  match: FieldMatch;
  value: unknown;
  source: Provenance;
  position: Position;
}

function isCoveredBy(overridable: readonly string[], key: string, exactOnly: boolean): boolean {
  return overridable.some((entry) =>
    entry === key || (!exactOnly && entry.endsWith('.*') && key.startsWith(entry.slice(0, -1))),
  );
}

function diagnosticCode(issue: z.core.$ZodIssue, input: unknown): DiagnosticCode {
  const custom = (issue as { params?: { code?: DiagnosticCode } }).params?.code;
  if (custom) return custom;
  if (issue.code === 'unrecognized_keys') return 'UNKNOWN_OPTION';
  if (issue.code === 'invalid_type' && input === undefined) return 'MISSING_OPTION';
  return 'INVALID_VALUE';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
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

  const candidates = new Map<string, Candidate>();
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
    const at = optionAt(profileOption, 'value');
    const flat = flattenConfig(connector, profile.config);
    for (const key of flat.unknown) {
      const suggestion = closestMatch(key, connector.fields.spellings());
      report('UNKNOWN_OPTION', `profile '${profile.name}' sets '${key}', which is not an option of the ${connector.name} connector`, at, {
        key,
        ...(suggestion ? { suggestion } : {}),
      });
    }
    for (const entry of flat.entries) {
      if (candidates.has(entry.key)) continue;
      let value = entry.value;
      let source: Provenance = 'profile';
      if (typeof value === 'string') {
        const expanded = expandTemplate(value, context.env);
        if (expanded.missing.length > 0) {
          report(
            'MISSING_ENV_VAR',
            `profile '${profile.name}' fills '${entry.key}' from ${expanded.missing.map((n) => `{{ ${n} }}`).join(', ')}, and the environment has no ${expanded.missing.join(', ')}`,
            at,
            { key: entry.key },
          );
          continue;
        }
        if (expanded.usedEnv) source = 'env';
        const converted = fromSqlText(entry.match.field, expanded.value);
        if (!converted.ok) {
          report('INVALID_VALUE', `profile '${profile.name}', ${entry.key}: ${isSensitive(entry.match) ? 'the value is not valid' : converted.message}`, at, { key: entry.key });
          continue;
        }
        value = converted.value;
      }
      candidates.set(entry.key, { match: entry.match, value, source, position: at });
    }
  }

  // Validate each side against its schema.
  const parts: Record<'profile' | 'table', Record<string, unknown>> = { profile: {}, table: {} };
  for (const candidate of candidates.values()) {
    const path = candidate.match.entry === undefined ? [...candidate.match.field.path] : [...candidate.match.field.path, candidate.match.entry];
    setPath(parts[candidate.match.field.level], path, candidate.value);
  }
  const missingAt = optionAt(profileOption ?? connectorOption, 'key');
  const config: Record<string, unknown> = {};
  for (const level of ['profile', 'table'] as const) {
    const validator = level === 'profile' ? connector.profileValidator : connector.tableValidator;
    const parsed = validator.safeParse(parts[level]);
    if (parsed.success) {
      Object.assign(config, parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const input = valueAt(parts[level], issue.path);
      const code = diagnosticCode(issue, input);
      const match = connector.fields.matchPath(issue.path);
      const key = match?.key ?? issue.path.join('.');
      const candidate = candidates.get(key);
      const message =
        code === 'MISSING_OPTION' && issue.code === 'invalid_type'
          ? `table '${table.name}' needs option '${key}'`
          : issue.code === 'custom'
            ? issue.message
            : `${key}: ${issue.message}`;
      report(code, message, candidate?.position ?? missingAt, { key });
    }
  }
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
