import type {
  ArgumentTypeProblem,
  ChangeBreaksTablesProblem,
  DefinitionInvalidProblem,
  NameTakenProblem,
  NotOneOfProblem,
  ProfileTestFailedProblem,
  SecretKeyInvalidProblem,
  ProfileInUseProblem,
  SecretKeyProblem,
  TableNotFoundProblem,
  VersionConflictProblem,
} from './library-problem-data.js';
import { defined } from './problem-factories.js';
import type { ScriptProblem } from './script-problem-data.js';

/**
 * `TABLE_NOT_FOUND`.
 *
 * @example
 * ```ts
 * throw DdlProfilesError.of(tableNotFound('orders'));
 * ```
 */
export function tableNotFound(table: string): TableNotFoundProblem {
  return { code: 'TABLE_NOT_FOUND', table };
}

/**
 * `PROFILE_EXISTS` or `TABLE_EXISTS`: a name already taken.
 *
 * @example
 * ```ts
 * nameTaken('PROFILE_EXISTS', 'production-kafka');
 * ```
 */
export function nameTaken(code: NameTakenProblem['code'], name: string): NameTakenProblem {
  return { code, name };
}

/**
 * `PROFILE_IN_USE`: the tables that keep a profile from being deleted.
 *
 * @example
 * ```ts
 * throw DdlProfilesError.of(profileInUse('cache', ['counts', 'totals']));
 * ```
 */
export function profileInUse(profile: string, tables: readonly string[]): ProfileInUseProblem {
  return { code: 'PROFILE_IN_USE', profile, tables };
}

/**
 * `VERSION_CONFLICT`: the version an update expected, and the stored one when it was read.
 *
 * @example
 * ```ts
 * versionConflict('production-kafka', 1, 2);
 * versionConflict('production-kafka', 1); // changed while being updated
 * ```
 */
export function versionConflict(profile: string, expected: number, actual?: number): VersionConflictProblem {
  return defined({ code: 'VERSION_CONFLICT', profile, expected, actual });
}

/**
 * `TABLE_INVALID`: a change to a profile that would break the tables using it.
 *
 * @example
 * ```ts
 * changeBreaksTables('production-kafka', ['orders']);
 * ```
 */
export function changeBreaksTables(profile: string, tables: readonly string[]): ChangeBreaksTablesProblem {
  return { code: 'TABLE_INVALID', profile, tables };
}

/**
 * `SECRET_KEY_REQUIRED`: a secret to seal in a store that has no key.
 *
 * @example
 * ```ts
 * secretKeyRequired({ owner: 'profile', name: 'k' }, 'authentication.password');
 * ```
 */
export function secretKeyRequired(at: SecretOwner, path: string): SecretKeyProblem {
  return { code: 'SECRET_KEY_REQUIRED', owner: at.owner, name: at.name, path };
}

/**
 * `SECRET_KEY_UNKNOWN`: a secret sealed under a key the store was not given (`given`
 * lists the ids it was), or (`altered`) one that does not decrypt under its key.
 *
 * @example
 * ```ts
 * secretKeyUnknown({ owner: 'table', name: 'orders' }, 'password', 'a1b2', { given: ['c3d4'] });
 * ```
 */
export function secretKeyUnknown(
  at: SecretOwner,
  path: string,
  keyId: string,
  how: { given?: readonly string[]; altered?: boolean },
): SecretKeyProblem {
  return defined({ code: 'SECRET_KEY_UNKNOWN', owner: at.owner, name: at.name, path, keyId, given: how.given, altered: how.altered });
}

/**
 * What holds a stored secret: a profile or a table, by name.
 *
 * @example
 * ```ts
 * const at: SecretOwner = { owner: 'profile', name: 'production-kafka' };
 * ```
 */
export type SecretOwner = Pick<SecretKeyProblem, 'owner' | 'name'>;

/**
 * `INVALID_ARGUMENT`: a value that is none of those an argument takes.
 *
 * @example
 * ```ts
 * throw DdlProfilesError.of(notOneOf('unknownConnectors', ['error', 'passthrough'], 'skip'));
 * ```
 */
export function notOneOf(argument: string, allowed: readonly string[], got: unknown): NotOneOfProblem {
  return { code: 'INVALID_ARGUMENT', argument, allowed, got };
}

/**
 * `INVALID_ARGUMENT` for a secret key: text that is not a key, or a key file that is
 * missing, unreadable, already there, or cannot be written.
 *
 * @example
 * ```ts
 * secretKeyInvalid('DDL_PROFILES_SECRET_KEY');
 * secretKeyInvalid('the secret key file ./k', { path: './k', file: 'missing' });
 * ```
 */
export function secretKeyInvalid(
  key: string,
  file: { path?: string; file?: SecretKeyInvalidProblem['file']; errno?: string } = {},
): SecretKeyInvalidProblem {
  return defined({ code: 'INVALID_ARGUMENT', key, path: file.path, file: file.file, errno: file.errno });
}

/**
 * `TEST_FAILED`: a profile not saved because its test failed.
 *
 * @example
 * ```ts
 * profileTestFailed('production-kafka', 'connect', 'connection refused');
 * ```
 */
export function profileTestFailed(profile: string, step: string, reason?: string): ProfileTestFailedProblem {
  return defined({ code: 'TEST_FAILED', profile, step, reason });
}

/**
 * `INVALID_ARGUMENT`: an argument of the wrong type, named by its type alone (the value
 * is never kept).
 *
 * @example
 * ```ts
 * if (typeof sql !== 'string') throw DdlProfilesError.of(wrongArgumentType('script', sql));
 * ```
 */
export function wrongArgumentType(parameter: ArgumentTypeProblem['parameter'], value: unknown): ArgumentTypeProblem {
  return { code: 'INVALID_ARGUMENT', parameter, gotType: value === null ? 'null' : typeof value };
}

/**
 * `PROFILE_INVALID` or `TABLE_INVALID`: a definition that validation refused, with its
 * problems (their messages included).
 *
 * @example
 * ```ts
 * const problems = validateProfile(registry, body);
 * if (problems.length > 0) throw DdlProfilesError.of(definitionInvalid('PROFILE_INVALID', body.name, problems));
 * ```
 */
export function definitionInvalid(
  code: DefinitionInvalidProblem['code'],
  name: string,
  problems: readonly ScriptProblem[],
): DefinitionInvalidProblem {
  return { code, name, problems: [...problems] };
}
