import type { z } from 'zod';
import type { Connector } from '../connectors/index.js';
import type { DiagnosticCode } from './diagnostic.js';
import { flattenConfig, setPath, type FlatEntry } from './flatten-config.js';
import type { Candidate, Problem } from './prepare-profile.js';

/**
 * The validated side of a config: its parsed value and its flat entries, or its problems.
 *
 * @example
 * ```ts
 * const side: ParsedConfigSide = parseConfigSide(kafkaConnector, 'table', candidates, new Set(), "table 'o'");
 * side.config.bad_data; // 'fail', the default, when valid
 * ```
 */
export interface ParsedConfigSide {
  config: Record<string, unknown>;
  entries: FlatEntry[];
  problems: Problem[];
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
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union'))
    return 'MISSING_OPTION';
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
 * const side = parseConfigSide(kafkaConnector, 'table', candidates, new Set(), "table 'o'");
 * side.problems; // [] when valid
 * ```
 */
export function parseConfigSide(
  connector: Connector,
  level: 'profile' | 'table',
  candidates: Iterable<Candidate>,
  deferred: ReadonlySet<string>,
  subject: string,
): ParsedConfigSide {
  const input: Record<string, unknown> = {};
  for (const { match, value } of candidates) {
    if (match.field.level !== level) continue;
    setPath(input, match.entry === undefined ? match.field.path : [...match.field.path, match.entry], value);
  }
  const validator = level === 'profile' ? connector.profileValidator : connector.tableValidator;
  const parsed = validator.safeParse(input);
  if (parsed.success) {
    connector.derive?.(level, parsed.data);
    return { config: parsed.data, entries: flattenConfig(connector, parsed.data).entries, problems: [] };
  }
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const code = diagnosticCode(issue, valueAt(input, issue.path));
    const key = connector.fields.matchPath(issue.path)?.key ?? issue.path.join('.');
    if (deferred.has(key)) continue;
    // A cross-field rule (it sets params.code) words its whole message; a field's own check is prefixed with its key.
    const fromRule = issue.code === 'custom' && ruleCode(issue) !== undefined;
    const message =
      code === 'MISSING_OPTION' && issue.code !== 'custom'
        ? `${subject} needs option '${key}'`
        : fromRule
          ? issue.message
          : `${key}: ${issue.message}`;
    problems.push({ code, message, key });
  }
  return { config: {}, entries: [], problems };
}
