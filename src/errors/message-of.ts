import type { ProblemData } from './problem-data.js';

/** Names a thing in a message: `'orders'`. */
function quoted(name: string): string {
  return `'${name}'`;
}

/** The closest-match hint, rendered from the `suggestion` field. */
function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean ${quoted(suggestion)}?`;
}

/** The words of a problem, before its suggestion. */
function words(problem: ProblemData): string {
  switch (problem.code) {
    case 'PARSE_ERROR':
    case 'INVALID_COLUMN':
      return problem.reason;
    case 'UNKNOWN_CONNECTOR':
      return `connector ${quoted(problem.connector)} is not registered`;
    case 'PROFILE_NOT_FOUND':
      return `profile ${quoted(problem.profile)} does not exist`;
    case 'CONNECTOR_MISMATCH':
      return (
        `table ${quoted(problem.table)} uses connector ${quoted(problem.connector)}, ` +
        `but profile ${quoted(problem.profile)} is a ${quoted(problem.profileConnector)} profile`
      );
    case 'UNKNOWN_OPTION': {
      const unknown = `which is not an option of the ${problem.connector} connector`;
      if (problem.where === 'overridable') return `overridable lists ${quoted(problem.key)}, ${unknown}`;
      if (problem.where === 'table') return `${quoted(problem.key)} is not an option of the ${problem.connector} connector`;
      const setter = `profile ${quoted(problem.profile ?? '')} sets ${quoted(problem.key)}`;
      return problem.tableOption ? `${setter}, which is a table option: profiles hold connection settings only` : `${setter}, ${unknown}`;
    }
    case 'DUPLICATE_OPTION':
      return (
        `option ${quoted(problem.key)} is set more than once in table ${quoted(problem.table)}` +
        (problem.again === undefined ? '' : ` (again as ${quoted(problem.again)})`)
      );
    case 'OPTION_CONFLICT':
      return (
        `${quoted(problem.key)} belongs to profile ${quoted(problem.profile)}; a table may set it only if the profile lists it in overridable` +
        (problem.endpoint ? ' by its exact name, since it says where credentials are sent' : '')
      );
    case 'INVALID_VALUE': {
      if (problem.standalone) return problem.reason;
      const about = [problem.profile === undefined ? undefined : `profile ${quoted(problem.profile)}`, problem.key].filter(Boolean);
      return about.length > 0 ? `${about.join(', ')}: ${problem.reason}` : problem.reason;
    }
    case 'MISSING_OPTION':
      if (problem.reason !== undefined) return problem.reason;
      if (problem.needs === 'connector') return `table ${quoted(problem.table ?? '')} names neither a connector nor a connection_profile`;
      return `${problem.profile !== undefined ? `profile ${quoted(problem.profile)}` : `table ${quoted(problem.table ?? '')}`} needs option ${quoted(problem.key)}`;
    case 'MISSING_ENV_VAR':
      return (
        `profile ${quoted(problem.profile)} fills ${quoted(problem.key)} from ${problem.variables.map((n) => `{{ ${n} }}`).join(', ')}, ` +
        `and the environment has no ${problem.variables.join(', ')}`
      );
    case 'TOO_MANY_STATEMENTS':
      return `the script holds ${problem.count} statements, more than the ${problem.limit} one resolve takes (maxStatements)`;
    case 'TOO_MANY_OPTIONS':
      return `table ${quoted(problem.table)} has ${problem.count} WITH options, more than the ${problem.limit} a table may have (maxOptionsPerTable)`;
    case 'UNKNOWN_TYPE':
      return `column ${quoted(problem.columnName)}: unknown type ${quoted(problem.type)}`;
    case 'TABLE_NOT_FOUND':
      return `table ${quoted(problem.table)} does not exist`;
    case 'PROFILE_EXISTS':
      return `profile ${quoted(problem.name)} already exists`;
    case 'TABLE_EXISTS':
      return `table ${quoted(problem.name)} already exists`;
  }
}

/** What follows the suggestion: the registered connectors, or why a table could not pass through. */
function afterSuggestion(problem: ProblemData): string {
  if (problem.code !== 'UNKNOWN_CONNECTOR') return '';
  if (problem.profile !== undefined)
    return `; it cannot pass through untouched, since it names connection_profile ${quoted(problem.profile)}`;
  return problem.known === undefined ? '' : ` (known: ${problem.known.join(', ')})`;
}

/**
 * The one place a problem's words are written: its message, rendered from its data,
 * with the closest-match suggestion (from `suggestion`, never parsed back out). The
 * library's `message` fields, the CLI, the HTTP API and the console all show this text.
 * It never quotes a sensitive value: no shape holds one.
 *
 * @example
 * ```ts
 * import { messageOf } from 'ddl-profiles';
 * messageOf({ code: 'UNKNOWN_CONNECTOR', connector: 'kafak', suggestion: 'kafka' });
 * // "connector 'kafak' is not registered; did you mean 'kafka'?"
 * ```
 */
export function messageOf(problem: ProblemData): string {
  const hint =
    problem.code === 'UNKNOWN_TYPE' && problem.instead && problem.suggestion !== undefined
      ? `; Arroyo has ${problem.suggestion} instead`
      : didYouMean(problem.suggestion);
  return words(problem) + hint + afterSuggestion(problem);
}

/**
 * A problem with its message: the data, plus the words `messageOf` renders from it.
 *
 * @example
 * ```ts
 * withMessage(profileNotFound('p')); // { code: 'PROFILE_NOT_FOUND', profile: 'p', message: "profile 'p' does not exist" }
 * ```
 */
export function withMessage<P extends ProblemData>(problem: P): P & { message: string } {
  return { ...problem, message: messageOf(problem) };
}
