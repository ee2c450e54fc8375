import type { z } from 'zod';
import type { Connector, FieldMatch } from '../connectors/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { closestMatch } from './closest-match.js';
import type { Diagnostic, DiagnosticCode } from './diagnostic.js';
import { flattenConfig, setPath } from './flatten-config.js';
import { fromSqlText } from './option-value.js';
import type { Provenance } from './resolved-table.js';
import { isSensitive } from './sensitive-keys.js';
import { expandTemplate, type TemplateEnv } from './template.js';

/** A 1-based line and column in the script. */
export interface Position {
  line: number;
  column: number;
}

/** One value on its way into a config: its field, its typed value, its origin. */
export interface Candidate {
  match: FieldMatch;
  value: unknown;
  source: Provenance;
  position: Position;
}

/** Reports one problem; `extra` carries `key` and `suggestion`. */
export type Reporter = (code: DiagnosticCode, message: string, at: Position, extra?: Partial<Diagnostic>) => void;

/**
 * The values of a config being built, by canonical key, plus the keys whose check is
 * deferred because they hold `{{ NAME }}` templates the environment cannot fill yet
 * (only in lenient mode, used when a profile is saved rather than resolved).
 */
export interface CandidateSet {
  values: Map<string, Candidate>;
  deferred: Set<string>;
}

/**
 * Adds a profile's values to `set`: every key the table has not already set, templates
 * filled from `env` (provenance `env`), strings converted to their field's type.
 *
 * @example
 * ```ts
 * const set = { values: new Map(), deferred: new Set() };
 * addProfileValues(set, kafkaConnector, profile, { env: {}, lenient: false, at: { line: 1, column: 1 } }, report);
 * ```
 */
export function addProfileValues(
  set: CandidateSet,
  connector: Connector,
  profile: ProfileDefinition,
  options: { env: TemplateEnv; lenient: boolean; at: Position },
  report: Reporter,
): void {
  const { at } = options;
  const flat = flattenConfig(connector, profile.config);
  for (const key of flat.unknown) {
    const suggestion = closestMatch(key, connector.fields.spellings());
    report('UNKNOWN_OPTION', `profile '${profile.name}' sets '${key}', which is not an option of the ${connector.name} connector`, at, {
      key,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  for (const entry of flat.entries) {
    if (set.values.has(entry.key)) continue;
    let value = entry.value;
    let source: Provenance = 'profile';
    if (typeof value === 'string') {
      const expanded = expandTemplate(value, options.env);
      if (expanded.missing.length > 0) {
        set.deferred.add(entry.key);
        if (!options.lenient) {
          report(
            'MISSING_ENV_VAR',
            `profile '${profile.name}' fills '${entry.key}' from ${expanded.missing.map((n) => `{{ ${n} }}`).join(', ')}, and the environment has no ${expanded.missing.join(', ')}`,
            at,
            { key: entry.key },
          );
        }
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
    set.values.set(entry.key, { match: entry.match, value, source, position: at });
  }
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
 * Validates the candidates of the given levels against the connector's schemas and
 * cross-field rules, reporting each zod issue under its SQL key and position. Issues on
 * deferred keys are not reported. Returns the parsed config (defaults filled in).
 *
 * @example
 * ```ts
 * const config = validateCandidates(set, kafkaConnector, ['profile', 'table'], { subject: "table 'o'", at }, report);
 * ```
 */
export function validateCandidates(
  set: CandidateSet,
  connector: Connector,
  levels: ReadonlyArray<'profile' | 'table'>,
  options: { subject: string; at: Position },
  report: Reporter,
): Record<string, unknown> {
  const parts: Record<'profile' | 'table', Record<string, unknown>> = { profile: {}, table: {} };
  for (const candidate of set.values.values()) {
    const { field, entry } = candidate.match;
    setPath(parts[field.level], entry === undefined ? [...field.path] : [...field.path, entry], candidate.value);
  }
  const config: Record<string, unknown> = {};
  for (const level of levels) {
    const validator = level === 'profile' ? connector.profileValidator : connector.tableValidator;
    const parsed = validator.safeParse(parts[level]);
    if (parsed.success) {
      Object.assign(config, parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      const code = diagnosticCode(issue, valueAt(parts[level], issue.path));
      const key = connector.fields.matchPath(issue.path)?.key ?? issue.path.join('.');
      if (set.deferred.has(key)) continue;
      const message =
        code === 'MISSING_OPTION' && issue.code === 'invalid_type'
          ? `${options.subject} needs option '${key}'`
          : issue.code === 'custom'
            ? issue.message
            : `${key}: ${issue.message}`;
      report(code, message, set.values.get(key)?.position ?? options.at, { key });
    }
  }
  return config;
}
