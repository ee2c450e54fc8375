import type { DefinitionInvalidProblem, ProblemData } from './library-problem-data.js';
import type { FoundToken, SyntaxDetail } from './sql-problem-data.js';
import { storeWords } from './store-words.js';
import type { WarningData } from './warning-data.js';

/** Names a thing in a message: `'orders'`. */
function quoted(name: string): string {
  return `'${name}'`;
}

/** The closest-match hint, rendered from the `suggestion` field. */
function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : `; did you mean ${quoted(suggestion)}?`;
}

/** The words of a problem, before its suggestion. */
function words(problem: ProblemData | WarningData): string {
  switch (problem.code) {
    case 'PARSE_ERROR':
      return syntaxWords(problem.syntax);
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
      if (problem.otherDialect !== undefined) {
        const other = problem.otherDialect === 'flink' ? 'Flink SQL' : 'Arroyo';
        const here = problem.otherDialect === 'flink' ? 'Arroyo' : 'Flink SQL';
        return `${quoted(problem.key)} is ${other}'s key, not an option of ${here}'s ${problem.connector} connector`;
      }
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
    case 'SECRET_NOT_TEMPLATED':
      return (
        `${problem.profile === undefined ? `table ${quoted(problem.table)}` : `profile ${quoted(problem.profile)}`} holds the secret ` +
        `${quoted(problem.key)} as a value; with secrets: 'template' every secret is a {{ NAME }} template, which the engine fills at run time`
      );
    case 'TOO_MANY_STATEMENTS':
      return `the script holds ${problem.count} statements, more than the ${problem.limit} one resolve takes (maxStatements)`;
    case 'TOO_MANY_OPTIONS':
      return `table ${quoted(problem.table)} has ${problem.count} WITH options, more than the ${problem.limit} a table may have (maxOptionsPerTable)`;
    case 'UNKNOWN_TYPE':
      return `column ${quoted(problem.columnName)}: unknown type ${quoted(problem.type)}`;
    case 'MISPLACED_CLAUSE':
      if (problem.after === 'the column list')
        return `table ${quoted(problem.table)} writes ${problem.clause} (…) after WITH (…); Flink SQL's parser reads ${problem.clause} only after the column list, before WITH (…): move it there`;
      return `table ${quoted(problem.table)} writes ${problem.clause} (…) before WITH (…); Arroyo's SQL parser reads ${problem.clause} only after ${problem.after}: move it there`;
    case 'WRONG_DIALECT':
      return (
        `table ${quoted(problem.table)} uses ${problem.clause}, which is Flink SQL (FLIP-529) and not Arroyo's SQL: ` +
        `name the profile with connection_profile = '…' in WITH (…), or resolve the script in the Flink dialect`
      );
    case 'TABLE_NOT_FOUND':
      return `table ${quoted(problem.table)} does not exist`;
    case 'PROFILE_EXISTS':
      return `profile ${quoted(problem.name)} already exists`;
    case 'TABLE_EXISTS':
      return `table ${quoted(problem.name)} already exists`;
    case 'PROFILE_IN_USE':
      return `profile ${quoted(problem.profile)} is used by table(s) ${listed(problem.tables)}; drop them or move them to another profile first`;
    case 'VERSION_CONFLICT':
      return problem.actual === undefined
        ? `profile ${quoted(problem.profile)} changed while it was being updated`
        : `profile ${quoted(problem.profile)} is at version ${problem.actual}, not ${problem.expected}: read it again and reapply the change`;
    case 'TEST_FAILED':
      return `profile ${quoted(problem.profile)} was not saved: its test failed at ${problem.step}${problem.reason === undefined ? '' : `: ${problem.reason}`}`;
    case 'PROFILE_INVALID':
      return definitionWords(problem);
    case 'TABLE_INVALID':
      if ('problems' in problem) return definitionWords(problem);
      return `the change to profile ${quoted(problem.profile)} would break table(s) ${listed(problem.tables)}`;
    case 'SECRET_KEY_REQUIRED':
    case 'SECRET_KEY_UNKNOWN':
      return secretKeyWords(problem);
    case 'STORE_UNAVAILABLE':
      return storeWords(problem);
    case 'INVALID_ARGUMENT':
      if ('parameter' in problem)
        return problem.parameter === 'script'
          ? `resolve() takes the script as a string, not ${problem.gotType}`
          : 'resolve() takes profiles as an array of profiles, or a ProfileSource with fetchProfiles() and knownNames()';
      if (!('argument' in problem)) return storeWords(problem);
      return `${problem.argument} takes ${problem.allowed.join(' or ')}, got ${
        typeof problem.got === 'string' ? quoted(problem.got) : String(JSON.stringify(problem.got))
      }`;
    default:
      return warningWords(problem);
  }
}

/** A token by its kind and length, never its text; a punctuation character as itself. */
function foundWords(found: FoundToken): string {
  if (found.kind === 'end') return 'the end of the statement';
  if (found.kind === 'punctuation') return quoted(found.char);
  const article = found.kind === 'word' ? 'a word' : `a ${found.kind}`;
  return `${article} of ${found.length} character${found.length === 1 ? '' : 's'}`;
}

/** The words of a syntax problem. */
function syntaxWords(syntax: SyntaxDetail): string {
  if ('expected' in syntax) return `expected ${syntax.expected}${syntax.found ? `, found ${foundWords(syntax.found)}` : ''}`;
  if ('unclosed' in syntax) return `${syntax.unclosed} is never closed`;
  if ('unterminated' in syntax) return `unterminated ${syntax.unterminated}`;
  return `unexpected ${syntax.unexpected}`;
}

/** A list of names in a message: `'a', 'b'`. */
function listed(names: readonly string[]): string {
  return names.map(quoted).join(', ');
}

const KEY_SOURCES = 'DDL_PROFILES_SECRET_KEY or --secret-key-file';

function secretKeyWords(problem: Extract<ProblemData, { code: 'SECRET_KEY_REQUIRED' | 'SECRET_KEY_UNKNOWN' }>): string {
  const holds = `${problem.owner} ${quoted(problem.name)} holds a secret (${problem.path})`;
  if (problem.code === 'SECRET_KEY_REQUIRED')
    return `${holds}, and this store has no secret key to encrypt it with: give one (${KEY_SOURCES}), or allow plaintext secrets explicitly (--allow-plaintext-secrets)`;
  if (problem.altered) return `${holds} that does not decrypt under key ${problem.keyId}: the stored value was altered or moved`;
  const given = problem.given ?? [];
  return `${holds} encrypted under key ${problem.keyId}, and this store was given ${given.length === 0 ? 'no secret key' : `key ${given.join(', ')}`}: give it key ${problem.keyId} (${KEY_SOURCES})`;
}

/** A refused definition: its owner and name, then each problem's code and words. */
function definitionWords(problem: DefinitionInvalidProblem): string {
  const owner = problem.code === 'PROFILE_INVALID' ? 'profile' : 'table';
  return `${owner} ${quoted(problem.name)} is not valid: ${problem.problems.map((p) => `${p.code} ${messageOf(p)}`).join('; ')}`;
}

/** The words of a warning, before its suggestion. */
function warningWords(warning: WarningData): string {
  switch (warning.code) {
    case 'COLUMNS_UNPARSED':
      return `${syntaxWords(warning.syntax)} (line ${warning.stoppedAt.line}, column ${warning.stoppedAt.column}); columns kept as raw text; the column rules are skipped`;
    case 'EXPRESSION_UNCHECKED':
    case 'ENGINE_REFUSES':
      return warning.reason;
    case 'PROFILE_NOT_RESOLVED':
      return warning.written === 'connection_profile'
        ? 'this statement sets connection_profile, but only CREATE TABLE … WITH (…) is resolved: it passes through untouched'
        : `this statement sets ${quoted(warning.written)}, which is not 'connection_profile' (option keys are case-sensitive): it passes through untouched`;
    case 'INLINE_SECRET':
      return `table ${quoted(warning.table)} writes the secret ${quoted(warning.key)} in its DDL, where every reader of the script sees it; keep it in a connection profile`;
    case 'DUPLICATE_TABLE':
      return `table ${quoted(warning.table)} was already created at line ${warning.firstLine}; ${
        warning.ifNotExists ? 'IF NOT EXISTS keeps the first' : 'creating it again fails, in the planner and when registering'
      }`;
    case 'NOT_IN_ENGINE_DDL': {
      const from = warning.profile === undefined ? 'set by the table' : `from profile ${quoted(warning.profile)}`;
      const count = warning.keys === undefined ? '' : `${warning.keys} ${warning.keys === 1 ? 'key' : 'keys'}, `;
      return `Arroyo's DDL has no key for ${quoted(warning.key)} (${count}${from}): the rewritten statement leaves it out, so the engine will not see it; it stays in config`;
    }
    case 'CONNECTOR_NOT_REGISTERED':
      return `connector ${quoted(warning.connector)} is not registered: table ${quoted(warning.table)} passes through untouched (unknownConnectors: 'passthrough')`;
    case 'PARTITIONED_BY_IGNORED':
      return (
        `table ${quoted(warning.table)} has a PARTITIONED BY clause, which Arroyo's ${warning.connector} connector ignores` +
        ` (it is read for ${warning.readBy.join(', ')} tables only; filesystem and delta sinks take 'partitioning.fields')`
      );
  }
}

/** What follows the suggestion: the registered connectors, or why a table could not pass through. */
function afterSuggestion(problem: ProblemData | WarningData): string {
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
export function messageOf(problem: ProblemData | WarningData): string {
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
export function withMessage<P extends ProblemData | WarningData>(problem: P): P & { message: string } {
  return { ...problem, message: messageOf(problem) };
}
