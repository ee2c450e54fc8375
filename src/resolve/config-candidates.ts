import type { z } from 'zod';
import type { Connector, FieldMatch } from '../connectors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import type { DiagnosticCode } from './diagnostic.js';
import { flattenConfig, setPath, type FlatEntry } from './flatten-config.js';
import { fromSqlText } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';
import { expandTemplate, type TemplateEnv } from './template.js';

/**
 * A 1-based line and column in the script.
 *
 * @example
 * ```ts
 * const at: Position = { line: 3, column: 12 };
 * ```
 */
export interface Position {
  line: number;
  column: number;
}

/**
 * One value on its way into a config: its field, its typed value and its origin.
 *
 * @example
 * ```ts
 * const match = kafkaConnector.fields.match('topic')!;
 * const candidate: Candidate = { match, value: 'orders', source: 'table' };
 * ```
 */
export interface Candidate {
  match: FieldMatch;
  value: unknown;
  source: Provenance;
}

/**
 * A problem not yet tied to a position: a profile's problems are reported at each table that uses it.
 *
 * @example
 * ```ts
 * const problem: Problem = { code: 'UNKNOWN_OPTION', message: "profile 'p' sets 'bootstrap_server', …", key: 'bootstrap_server' };
 * ```
 */
export interface Problem {
  code: DiagnosticCode;
  message: string;
  key?: string;
  suggestion?: string;
}

/**
 * The validated side of a config: its parsed value and its flat entries, or its problems.
 *
 * @example
 * ```ts
 * const side: ValidatedLevel = validateLevel(kafkaConnector, 'table', candidates, new Set(), "table 'o'");
 * side.config.bad_data; // 'fail', the default, when valid
 * ```
 */
export interface ValidatedLevel {
  config: Record<string, unknown>;
  entries: FlatEntry[];
  problems: Problem[];
}

/**
 * A profile made ready for merging once per resolve: values templated and converted,
 * problems found, and (lazily) its profile-level side validated, so the hundreds of
 * tables that share a profile do not redo that work.
 *
 * @example
 * ```ts
 * const prepared: PreparedProfile = prepareProfile(kafkaConnector, profile, { env: {}, lenient: true });
 * prepared.deferred.has('authentication.password'); // true when it is '{{ KAFKA_PASSWORD }}'
 * ```
 */
export interface PreparedProfile {
  values: Map<string, Candidate>;
  /** Keys whose `{{ NAME }}` the environment cannot fill: not judged by validation. */
  deferred: Set<string>;
  problems: Problem[];
  validated?: ValidatedLevel;
}

/**
 * Prepares a profile's values: templates filled from `env` (provenance `env`), strings
 * converted to their field's type, unknown keys and missing variables reported. With
 * `lenient`, a value whose variable is missing is deferred instead of reported.
 *
 * @example
 * ```ts
 * const prepared = prepareProfile(kafkaConnector, profile, { env: { KAFKA_PASSWORD: 'x' }, lenient: false });
 * prepared.values.get('authentication.password')?.source; // 'env'
 * ```
 */
export function prepareProfile(connector: Connector, profile: ProfileDefinition, options: { env: TemplateEnv; lenient: boolean }): PreparedProfile {
  const prepared: PreparedProfile = { values: new Map(), deferred: new Set(), problems: [] };
  const flat = flattenConfig(connector, profile.config);
  for (const key of flat.unknown) {
    const suggestion = closestMatch(key, connector.fields.spellings());
    prepared.problems.push({
      code: 'UNKNOWN_OPTION',
      message: `profile '${profile.name}' sets '${key}', which is not an option of the ${connector.name} connector`,
      key,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  for (const entry of flat.entries) {
    if (entry.match.field.level === 'table') {
      prepared.problems.push({
        code: 'UNKNOWN_OPTION',
        message: `profile '${profile.name}' sets '${entry.key}', which is a table option: profiles hold connection settings only`,
        key: entry.key,
      });
      continue;
    }
    let value = entry.value;
    let source: Provenance = 'profile';
    if (typeof value === 'string') {
      const expanded = expandTemplate(value, options.env);
      if (expanded.missing.length > 0) {
        prepared.deferred.add(entry.key);
        if (!options.lenient) {
          prepared.problems.push({
            code: 'MISSING_ENV_VAR',
            message: `profile '${profile.name}' fills '${entry.key}' from ${expanded.missing.map((n) => `{{ ${n} }}`).join(', ')}, and the environment has no ${expanded.missing.join(', ')}`,
            key: entry.key,
          });
        }
        continue;
      }
      if (expanded.usedEnv) source = 'env';
      const converted = fromSqlText(entry.match.field, expanded.value);
      if (!converted.ok) {
        const detail = isSensitive(entry.match) ? 'the value is not valid' : converted.message;
        prepared.problems.push({ code: 'INVALID_VALUE', message: `profile '${profile.name}', ${entry.key}: ${detail}`, key: entry.key });
        continue;
      }
      value = converted.value;
    }
    prepared.values.set(entry.key, { match: entry.match, value, source });
  }
  return prepared;
}

/** The code a cross-field rule gave its issue (rules set `params.code`); none for a field's own check. */
function ruleCode(issue: z.core.$ZodIssue): DiagnosticCode | undefined {
  return (issue as { params?: { code?: DiagnosticCode } }).params?.code;
}

function diagnosticCode(issue: z.core.$ZodIssue, input: unknown): DiagnosticCode {
  const custom = ruleCode(issue);
  if (custom) return custom;
  if (issue.code === 'unrecognized_keys') return 'UNKNOWN_OPTION';
  // A value left out is missing, whatever kind of value was expected (a string, one of an enum, a union).
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) return 'MISSING_OPTION';
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
 * Validates one side (profile or table) of a config from its candidates, against the
 * connector's schema and cross-field rules. Each zod issue becomes a problem under its
 * SQL key; issues on deferred keys are dropped. Returns the parsed side (defaults filled
 * in) with its flat entries.
 *
 * @example
 * ```ts
 * const side = validateLevel(kafkaConnector, 'table', candidates, new Set(), "table 'o'");
 * side.problems; // [] when valid
 * ```
 */
export function validateLevel(
  connector: Connector,
  level: 'profile' | 'table',
  candidates: Iterable<Candidate>,
  deferred: ReadonlySet<string>,
  subject: string,
): ValidatedLevel {
  const input: Record<string, unknown> = {};
  for (const { match, value } of candidates) {
    if (match.field.level !== level) continue;
    setPath(input, match.entry === undefined ? match.field.path : [...match.field.path, match.entry], value);
  }
  const validator = level === 'profile' ? connector.profileValidator : connector.tableValidator;
  const parsed = validator.safeParse(input);
  if (parsed.success) return { config: parsed.data, entries: flattenConfig(connector, parsed.data).entries, problems: [] };
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const code = diagnosticCode(issue, valueAt(input, issue.path));
    const key = connector.fields.matchPath(issue.path)?.key ?? issue.path.join('.');
    if (deferred.has(key)) continue;
    // A cross-field rule (it sets params.code) words its whole message; a field's own check is prefixed with its key.
    const fromRule = issue.code === 'custom' && ruleCode(issue) !== undefined;
    const message = code === 'MISSING_OPTION' && issue.code !== 'custom' ? `${subject} needs option '${key}'` : fromRule ? issue.message : `${key}: ${issue.message}`;
    problems.push({ code, message, key });
  }
  return { config: {}, entries: [], problems };
}
