import type { ProblemBase } from './problem-base.js';
import type {
  InvalidColumnProblem,
  MisplacedClauseProblem,
  ParseErrorProblem,
  UnknownTypeProblem,
  WrongDialectProblem,
} from './sql-problem-data.js';

/**
 * A connector nobody registered. `known` lists the registered ones where saying so
 * helps; `profile` is set when the table could not pass through untouched because it
 * names that profile.
 *
 * @example
 * ```ts
 * const p: UnknownConnectorProblem = { code: 'UNKNOWN_CONNECTOR', key: 'connector', connector: 'kafak', suggestion: 'kafka' };
 * ```
 */
export interface UnknownConnectorProblem extends ProblemBase {
  code: 'UNKNOWN_CONNECTOR';
  connector: string;
  known?: readonly string[];
  profile?: string;
}

/**
 * A connection profile that does not exist, with the closest existing name.
 *
 * @example
 * ```ts
 * const p: ProfileNotFoundProblem = { code: 'PROFILE_NOT_FOUND', profile: 'prod-kafak', suggestion: 'prod-kafka' };
 * ```
 */
export interface ProfileNotFoundProblem extends ProblemBase {
  code: 'PROFILE_NOT_FOUND';
  profile: string;
}

/**
 * A table whose `connector` differs from its profile's.
 *
 * @example
 * ```ts
 * const p: ConnectorMismatchProblem = { code: 'CONNECTOR_MISMATCH', key: 'connector', table: 'o', connector: 'redis', profile: 'k', profileConnector: 'kafka' };
 * ```
 */
export interface ConnectorMismatchProblem extends ProblemBase {
  code: 'CONNECTOR_MISMATCH';
  table: string;
  connector: string;
  profile: string;
  profileConnector: string;
}

/**
 * A key the connector does not know, where it was written: a table's WITH clause, a
 * profile's config (`profile` names it), or a profile's `overridable` list.
 * `tableOption` marks a profile setting a key that exists, but belongs to tables.
 *
 * @example
 * ```ts
 * const p: UnknownOptionProblem = { code: 'UNKNOWN_OPTION', key: 'topc', connector: 'kafka', where: 'table', suggestion: 'topic' };
 * ```
 */
export interface UnknownOptionProblem extends ProblemBase {
  code: 'UNKNOWN_OPTION';
  key: string;
  connector: string;
  where: 'table' | 'profile' | 'overridable';
  profile?: string;
  tableOption?: boolean;
  /** The key belongs to this dialect's connector of the same name (an Arroyo key in a Flink table); the suggestion is this dialect's key for it. */
  otherDialect?: 'arroyo' | 'flink';
}

/**
 * A key written twice in one table; `again` is the second spelling when it differs
 * (an engine key and a config path naming one field).
 *
 * @example
 * ```ts
 * const p: DuplicateOptionProblem = { code: 'DUPLICATE_OPTION', key: 'topic', table: 'orders' };
 * ```
 */
export interface DuplicateOptionProblem extends ProblemBase {
  code: 'DUPLICATE_OPTION';
  key: string;
  table: string;
  again?: string;
}

/**
 * A table setting a key its profile owns and does not list in `overridable`.
 * `endpoint` marks a key that says where credentials are sent (it needs its exact name).
 *
 * @example
 * ```ts
 * const p: OptionConflictProblem = { code: 'OPTION_CONFLICT', key: 'bootstrap_servers', profile: 'k', endpoint: true };
 * ```
 */
export interface OptionConflictProblem extends ProblemBase {
  code: 'OPTION_CONFLICT';
  key: string;
  profile: string;
  endpoint: boolean;
}

/**
 * A value its field or a cross-field rule refuses. `reason` is the check's own words
 * (never quoting a secret). Unless `standalone` (the reason is a whole sentence that
 * names what it is about), the message is prefixed with the profile and the key.
 *
 * @example
 * ```ts
 * const p: InvalidValueProblem = { code: 'INVALID_VALUE', key: 'format', reason: "expected one of 'json', 'avro'" };
 * ```
 */
export interface InvalidValueProblem extends ProblemBase {
  code: 'INVALID_VALUE';
  reason: string;
  profile?: string;
  standalone?: boolean;
}

/**
 * A required key left out: by a table (`table`) or a profile (`profile`), or, with
 * `reason`, as a cross-field rule words it. `needs: 'connector'` is a table naming
 * neither a connector nor a connection profile.
 *
 * @example
 * ```ts
 * const p: MissingOptionProblem = { code: 'MISSING_OPTION', key: 'topic', table: 'orders' };
 * ```
 */
export interface MissingOptionProblem extends ProblemBase {
  code: 'MISSING_OPTION';
  key: string;
  table?: string;
  profile?: string;
  needs?: 'connector';
  reason?: string;
}

/**
 * A profile value whose `{{ NAME }}` templates the environment cannot fill.
 *
 * @example
 * ```ts
 * const p: MissingEnvVarProblem = { code: 'MISSING_ENV_VAR', key: 'authentication.password', profile: 'k', variables: ['KAFKA_PASSWORD'] };
 * ```
 */
export interface MissingEnvVarProblem extends ProblemBase {
  code: 'MISSING_ENV_VAR';
  key: string;
  profile: string;
  variables: readonly string[];
}

/**
 * A secret held as a value where `secrets: 'template'` asks every secret to be a
 * `{{ NAME }}` template, for the engine to fill at run time: from the table's profile,
 * or written in the table itself (`profile` unset).
 *
 * @example
 * ```ts
 * const p: SecretNotTemplatedProblem = { code: 'SECRET_NOT_TEMPLATED', key: 'authentication.password', table: 'orders', profile: 'k' };
 * ```
 */
export interface SecretNotTemplatedProblem extends ProblemBase {
  code: 'SECRET_NOT_TEMPLATED';
  key: string;
  table: string;
  profile?: string;
}

/**
 * A script holding more statements than one resolve takes.
 *
 * @example
 * ```ts
 * const p: TooManyStatementsProblem = { code: 'TOO_MANY_STATEMENTS', count: 100_001, limit: 100_000 };
 * ```
 */
export interface TooManyStatementsProblem extends ProblemBase {
  code: 'TOO_MANY_STATEMENTS';
  count: number;
  limit: number;
}

/**
 * A table with more WITH options than a table may have.
 *
 * @example
 * ```ts
 * const p: TooManyOptionsProblem = { code: 'TOO_MANY_OPTIONS', table: 'o', count: 10_001, limit: 10_000 };
 * ```
 */
export interface TooManyOptionsProblem extends ProblemBase {
  code: 'TOO_MANY_OPTIONS';
  table: string;
  count: number;
  limit: number;
}

/**
 * A problem in a script, as data: one shape per diagnostic code, keyed by `code`.
 * `messageOf` renders its words.
 *
 * @example
 * ```ts
 * import { messageOf, type ScriptProblem } from 'ddl-profiles';
 * const problem: ScriptProblem = { code: 'PROFILE_NOT_FOUND', profile: 'prod-kafak', suggestion: 'prod-kafka' };
 * messageOf(problem); // "profile 'prod-kafak' does not exist; did you mean 'prod-kafka'?"
 * ```
 */
export type ScriptProblem =
  | ParseErrorProblem
  | UnknownConnectorProblem
  | ProfileNotFoundProblem
  | ConnectorMismatchProblem
  | UnknownOptionProblem
  | DuplicateOptionProblem
  | OptionConflictProblem
  | InvalidValueProblem
  | MissingOptionProblem
  | MissingEnvVarProblem
  | SecretNotTemplatedProblem
  | TooManyStatementsProblem
  | TooManyOptionsProblem
  | UnknownTypeProblem
  | InvalidColumnProblem
  | MisplacedClauseProblem
  | WrongDialectProblem;
