import type { ProblemBase } from './problem-base.js';
import type { ScriptProblem } from './script-problem-data.js';
import type { StoreInUseProblem, StoreOptionProblem, StoreUnavailableProblem } from './store-problem-data.js';

/**
 * A stored table that does not exist.
 *
 * @example
 * ```ts
 * const p: TableNotFoundProblem = { code: 'TABLE_NOT_FOUND', table: 'orders' };
 * ```
 */
export interface TableNotFoundProblem extends ProblemBase {
  code: 'TABLE_NOT_FOUND';
  table: string;
}

/**
 * A name already taken, by a profile or a table.
 *
 * @example
 * ```ts
 * const p: NameTakenProblem = { code: 'PROFILE_EXISTS', name: 'production-kafka' };
 * ```
 */
export interface NameTakenProblem extends ProblemBase {
  code: 'PROFILE_EXISTS' | 'TABLE_EXISTS';
  name: string;
}

/**
 * A profile that cannot be deleted while these tables use it.
 *
 * @example
 * ```ts
 * const p: ProfileInUseProblem = { code: 'PROFILE_IN_USE', profile: 'cache', tables: ['counts'] };
 * ```
 */
export interface ProfileInUseProblem extends ProblemBase {
  code: 'PROFILE_IN_USE';
  profile: string;
  tables: readonly string[];
}

/**
 * An update made against a version of a profile that is no longer the stored one.
 * `actual` is the stored version when it was read; without it, the profile changed
 * while the update ran.
 *
 * @example
 * ```ts
 * const p: VersionConflictProblem = { code: 'VERSION_CONFLICT', profile: 'k', expected: 1, actual: 2 };
 * ```
 */
export interface VersionConflictProblem extends ProblemBase {
  code: 'VERSION_CONFLICT';
  profile: string;
  expected: number;
  actual?: number;
}

/**
 * A change to a profile that would make tables using it invalid.
 *
 * @example
 * ```ts
 * const p: ChangeBreaksTablesProblem = { code: 'TABLE_INVALID', profile: 'k', tables: ['orders'] };
 * ```
 */
export interface ChangeBreaksTablesProblem extends ProblemBase {
  code: 'TABLE_INVALID';
  profile: string;
  tables: readonly string[];
}

/**
 * A stored profile's or table's secret (at config path `path`) that cannot be sealed
 * (`SECRET_KEY_REQUIRED`: the store has no key) or opened (`SECRET_KEY_UNKNOWN`: sealed
 * under `keyId`, which is not among the keys given, `given`; or, with `altered`, a value
 * that does not decrypt under it).
 *
 * @example
 * ```ts
 * const p: SecretKeyProblem = { code: 'SECRET_KEY_UNKNOWN', owner: 'profile', name: 'k', path: 'authentication.password', keyId: 'a1b2', given: [] };
 * ```
 */
export interface SecretKeyProblem extends ProblemBase {
  code: 'SECRET_KEY_REQUIRED' | 'SECRET_KEY_UNKNOWN';
  owner: 'profile' | 'table';
  name: string;
  path: string;
  keyId?: string;
  given?: readonly string[];
  altered?: boolean;
}

/**
 * An argument given a value outside the ones it takes (`allowed`); `argument` is its name
 * as the caller wrote it (`unknownConnectors`, or a CLI flag such as `--unknown-connectors`).
 *
 * @example
 * ```ts
 * const p: NotOneOfProblem = { code: 'INVALID_ARGUMENT', argument: 'unknownConnectors', allowed: ['error', 'passthrough'], got: 'skip' };
 * ```
 */
export interface NotOneOfProblem extends ProblemBase {
  code: 'INVALID_ARGUMENT';
  argument: string;
  allowed: readonly string[];
  got: unknown;
}

/**
 * A secret key, or its file, that cannot be used: `key` names where it was given (a file
 * path, or the environment variable); `file` says what went wrong with a key file
 * (`missing`, `unreadable`, `exists` when it would be overwritten, `unwritable`) with the
 * system's `errno` code, and without `file` the text is not a key (not the base64 of 32
 * bytes).
 *
 * @example
 * ```ts
 * const p: SecretKeyInvalidProblem = { code: 'INVALID_ARGUMENT', key: 'the secret key file ./k', file: 'missing', path: './k' };
 * ```
 */
export interface SecretKeyInvalidProblem extends ProblemBase {
  code: 'INVALID_ARGUMENT';
  key: string;
  path?: string;
  file?: 'missing' | 'unreadable' | 'exists' | 'unwritable';
  errno?: string;
}

/**
 * A profile not saved because the live test asked for on create failed, at `step`, with
 * the test's own message (`reason`, never a secret).
 *
 * @example
 * ```ts
 * const p: ProfileTestFailedProblem = { code: 'TEST_FAILED', profile: 'k', step: 'connect', reason: 'connection refused' };
 * ```
 */
export interface ProfileTestFailedProblem extends ProblemBase {
  code: 'TEST_FAILED';
  profile: string;
  step: string;
  reason?: string;
}

/**
 * An argument of the wrong type: `parameter` names it (`resolve()`'s `script` or
 * `profiles`), `gotType` is the type given (`typeof`, or `null`), never the value.
 *
 * @example
 * ```ts
 * const p: ArgumentTypeProblem = { code: 'INVALID_ARGUMENT', parameter: 'script', gotType: 'number' };
 * ```
 */
export interface ArgumentTypeProblem extends ProblemBase {
  code: 'INVALID_ARGUMENT';
  parameter: 'script' | 'profiles';
  gotType: string;
}

/**
 * A profile (`PROFILE_INVALID`) or table (`TABLE_INVALID`) definition refused by
 * validation: its `name`, and the problems found, each with its data and message.
 *
 * @example
 * ```ts
 * const p: DefinitionInvalidProblem = { code: 'PROFILE_INVALID', name: 'k', problems: [{ code: 'MISSING_OPTION', key: 'bootstrap_servers', profile: 'k' }] };
 * ```
 */
export interface DefinitionInvalidProblem extends ProblemBase {
  code: 'PROFILE_INVALID' | 'TABLE_INVALID';
  name: string;
  problems: readonly ScriptProblem[];
}

/**
 * Every problem with a shape: a script's, and those the catalog and store raise as
 * `DdlProfilesError` (`PROFILE_NOT_FOUND`, `PROFILE_IN_USE`, `VERSION_CONFLICT`, …).
 *
 * @example
 * ```ts
 * import { messageOf, type ProblemData } from 'ddl-profiles';
 * const problem: ProblemData = { code: 'TABLE_NOT_FOUND', table: 'orders' };
 * messageOf(problem); // "table 'orders' does not exist"
 * ```
 */
export type ProblemData =
  | ScriptProblem
  | TableNotFoundProblem
  | NameTakenProblem
  | ProfileInUseProblem
  | VersionConflictProblem
  | ChangeBreaksTablesProblem
  | SecretKeyProblem
  | NotOneOfProblem
  | SecretKeyInvalidProblem
  | ProfileTestFailedProblem
  | ArgumentTypeProblem
  | DefinitionInvalidProblem
  | StoreOptionProblem
  | StoreUnavailableProblem
  | StoreInUseProblem;
