import type { z } from 'zod';
import type { Connector } from '../connectors/index.js';
import { invalidValue, missingOption, type ScriptProblem, unknownOption, withMessage } from '../errors/index.js';
import { flattenConfig, setPath, type FlatEntry } from './flatten-config.js';
import type { Candidate, Problem } from './prepare-profile.js';

/**
 * The validated side of a config: its parsed value and its flat entries, or its problems.
 *
 * @example
 * ```ts
 * const side: ParsedConfigSide = parseConfigSide(kafkaConnector, 'table', candidates, new Set(), { table: 'o' });
 * side.config.bad_data; // 'fail', the default, when valid
 * ```
 */
export interface ParsedConfigSide {
  config: Record<string, unknown>;
  entries: FlatEntry[];
  problems: readonly Problem[];
}

/** A valid side's problems: none, one shared list. */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/**
 * Whose side is validated: a table's, or a profile's (problems name it).
 *
 * @example
 * ```ts
 * const owner: SideOwner = { profile: 'production-kafka' };
 * ```
 */
export type SideOwner = { table: string; profile?: undefined } | { profile: string; table?: undefined };

/** The code a cross-field rule gave its issue (rules set `params.code`); none for a field's own check. */
function ruleParams(issue: z.core.$ZodIssue): RuleParams | undefined {
  return (issue as { params?: RuleParams }).params;
}

/** What a cross-field rule says of its issue: its code, and for `UNKNOWN_OPTION` the closest known key. */
interface RuleParams {
  code?: 'INVALID_VALUE' | 'MISSING_OPTION' | 'UNKNOWN_OPTION';
  suggestion?: string;
}

/** A zod issue as a problem: a rule's issue (it sets `params.code`) words its whole message; a field's own check is about its key. */
function problemOf(
  connector: Connector,
  level: 'profile' | 'table',
  owner: SideOwner,
  issue: z.core.$ZodIssue,
  key: string,
  input: unknown,
): ScriptProblem {
  const params = issue.code === 'custom' ? ruleParams(issue) : undefined;
  const rule = params?.code;
  if (rule === 'UNKNOWN_OPTION')
    return unknownOption({ key, connector: connector.name, where: level, profile: owner.profile, suggestion: params?.suggestion });
  if (rule === 'MISSING_OPTION') return missingOption(key, { reason: issue.message });
  if (rule === 'INVALID_VALUE') return invalidValue(key, issue.message, { standalone: true, suggestion: params?.suggestion });
  if (issue.code === 'unrecognized_keys') return unknownOption({ key, connector: connector.name, where: level, profile: owner.profile });
  // A value left out is missing, whatever kind of value was expected (a string, one of an enum, a union).
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union'))
    return missingOption(key, owner);
  return invalidValue(key, issue.message);
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
 * const side = parseConfigSide(kafkaConnector, 'table', candidates, new Set(), { table: 'o' });
 * side.problems; // [] when valid
 * ```
 */
export function parseConfigSide(
  connector: Connector,
  level: 'profile' | 'table',
  candidates: Iterable<Candidate>,
  deferred: ReadonlySet<string>,
  owner: SideOwner,
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
    return { config: parsed.data, entries: flattenConfig(connector, parsed.data).entries, problems: NO_PROBLEMS };
  }
  const problems: Problem[] = [];
  for (const issue of parsed.error.issues) {
    const key = connector.fields.matchPath(issue.path)?.key ?? issue.path.join('.');
    if (deferred.has(key)) continue;
    problems.push(withMessage(problemOf(connector, level, owner, issue, key, valueAt(input, issue.path))));
  }
  return { config: {}, entries: [], problems };
}
