import type {
  ConnectorMismatchProblem,
  DuplicateOptionProblem,
  InvalidValueProblem,
  MissingEnvVarProblem,
  MissingOptionProblem,
  OptionConflictProblem,
  ProfileNotFoundProblem,
  SecretNotTemplatedProblem,
  TooManyOptionsProblem,
  TooManyStatementsProblem,
  UnknownConnectorProblem,
  UnknownOptionProblem,
} from './script-problem-data.js';
import type {
  InvalidColumnProblem,
  MisplacedClauseProblem,
  WrongDialectProblem,
  ParseErrorProblem,
  SyntaxDetail,
  UnknownTypeProblem,
} from './sql-problem-data.js';

/**
 * The object without its undefined fields, so that a problem's JSON holds only what it says.
 *
 * @example
 * ```ts
 * defined({ code: 'PROFILE_NOT_FOUND', profile: 'p', suggestion: undefined }); // { code: 'PROFILE_NOT_FOUND', profile: 'p' }
 * ```
 */
export function defined<T extends object>(shape: T): T {
  for (const key of Object.keys(shape) as Array<keyof T>) if (shape[key] === undefined) delete shape[key];
  return shape;
}

/**
 * `PARSE_ERROR`, from the reader's data.
 *
 * @example
 * ```ts
 * parseError({ unterminated: 'string literal' });
 * ```
 */
export function parseError(syntax: SyntaxDetail): ParseErrorProblem {
  return { code: 'PARSE_ERROR', syntax };
}

/**
 * `UNKNOWN_CONNECTOR`: the name, the closest registered one, and either the registered
 * names (`known`) or the profile that kept the table from passing through.
 *
 * @example
 * ```ts
 * unknownConnector('kafak', 'kafka', { known: ['kafka', 'redis'] });
 * ```
 */
export function unknownConnector(
  connector: string,
  suggestion?: string,
  context: { known?: readonly string[]; profile?: string } = {},
): UnknownConnectorProblem {
  return defined({ code: 'UNKNOWN_CONNECTOR', key: 'connector', connector, suggestion, known: context.known, profile: context.profile });
}

/**
 * `PROFILE_NOT_FOUND`, with the closest existing name when there is one.
 *
 * @example
 * ```ts
 * profileNotFound('prod-kafak', 'prod-kafka');
 * ```
 */
export function profileNotFound(profile: string, suggestion?: string): ProfileNotFoundProblem {
  return defined({ code: 'PROFILE_NOT_FOUND', profile, suggestion });
}

/**
 * `CONNECTOR_MISMATCH`: a table's connector against its profile's.
 *
 * @example
 * ```ts
 * connectorMismatch({ table: 'o', connector: 'redis', profile: 'k', profileConnector: 'kafka' });
 * ```
 */
export function connectorMismatch(at: Omit<ConnectorMismatchProblem, 'code' | 'key'>): ConnectorMismatchProblem {
  return { code: 'CONNECTOR_MISMATCH', key: 'connector', ...at };
}

/**
 * `UNKNOWN_OPTION`: a key the connector does not know, where it was written.
 *
 * @example
 * ```ts
 * unknownOption({ key: 'topc', connector: 'kafka', where: 'table', suggestion: 'topic' });
 * ```
 */
export function unknownOption(at: Omit<UnknownOptionProblem, 'code'>): UnknownOptionProblem {
  return defined({ code: 'UNKNOWN_OPTION', ...at });
}

/**
 * `DUPLICATE_OPTION`: a key written twice in a table.
 *
 * @example
 * ```ts
 * duplicateOption('topic', 'orders');
 * ```
 */
export function duplicateOption(key: string, table: string, again?: string): DuplicateOptionProblem {
  return defined({ code: 'DUPLICATE_OPTION', key, table, again });
}

/**
 * `OPTION_CONFLICT`: a table setting a key its profile owns.
 *
 * @example
 * ```ts
 * optionConflict('bootstrap_servers', 'production-kafka', true);
 * ```
 */
export function optionConflict(key: string, profile: string, endpoint: boolean): OptionConflictProblem {
  return { code: 'OPTION_CONFLICT', key, profile, endpoint };
}

/**
 * `INVALID_VALUE`: a value refused, in the check's words (never quoting a secret).
 *
 * @example
 * ```ts
 * invalidValue('format', "expected one of 'json', 'avro'");
 * invalidValue('type', "table 'o' is TEMPORARY, so a lookup table, …", { standalone: true });
 * ```
 */
export function invalidValue(
  key: string | undefined,
  reason: string,
  more: { profile?: string; standalone?: boolean; suggestion?: string } = {},
): InvalidValueProblem {
  return defined({ code: 'INVALID_VALUE', key, reason, profile: more.profile, standalone: more.standalone, suggestion: more.suggestion });
}

/**
 * `MISSING_OPTION`: a required key a table or a profile left out, or a rule's own words.
 *
 * @example
 * ```ts
 * missingOption('topic', { table: 'orders' });
 * ```
 */
export function missingOption(key: string, owner: Omit<MissingOptionProblem, 'code' | 'key'>): MissingOptionProblem {
  return defined({ code: 'MISSING_OPTION', key, ...owner });
}

/**
 * `SECRET_NOT_TEMPLATED`: under `secrets: 'template'`, the secret at `key` of table
 * `table` is a value, from its profile `profile` or from the table itself.
 *
 * @example
 * ```ts
 * secretNotTemplated('authentication.password', 'orders', 'production-kafka');
 * ```
 */
export function secretNotTemplated(key: string, table: string, profile?: string): SecretNotTemplatedProblem {
  return profile === undefined ? { code: 'SECRET_NOT_TEMPLATED', key, table } : { code: 'SECRET_NOT_TEMPLATED', key, table, profile };
}

/**
 * `MISSING_ENV_VAR`: the variables a profile value's templates read, which the environment lacks.
 *
 * @example
 * ```ts
 * missingEnvVar('authentication.password', 'production-kafka', ['KAFKA_PASSWORD']);
 * ```
 */
export function missingEnvVar(key: string, profile: string, variables: readonly string[]): MissingEnvVarProblem {
  return { code: 'MISSING_ENV_VAR', key, profile, variables };
}

/**
 * `TOO_MANY_STATEMENTS`.
 *
 * @example
 * ```ts
 * tooManyStatements(100_001, 100_000);
 * ```
 */
export function tooManyStatements(count: number, limit: number): TooManyStatementsProblem {
  return { code: 'TOO_MANY_STATEMENTS', count, limit };
}

/**
 * `TOO_MANY_OPTIONS`.
 *
 * @example
 * ```ts
 * tooManyOptions('orders', 10_001, 10_000);
 * ```
 */
export function tooManyOptions(table: string, count: number, limit: number): TooManyOptionsProblem {
  return { code: 'TOO_MANY_OPTIONS', table, count, limit };
}

/**
 * `UNKNOWN_TYPE`, with a near spelling or (`instead`) the type Arroyo has in its place.
 *
 * @example
 * ```ts
 * unknownType('name', 'VARCHR', 'VARCHAR');
 * ```
 */
export function unknownType(columnName: string, type: string, suggestion?: string, instead?: boolean): UnknownTypeProblem {
  return defined({ code: 'UNKNOWN_TYPE', columnName, type, suggestion, instead: instead || undefined });
}

/**
 * `INVALID_COLUMN`, in the check's words.
 *
 * @example
 * ```ts
 * invalidColumn('a table takes one WATERMARK FOR only');
 * ```
 */
export function invalidColumn(reason: string, more: { key?: string; suggestion?: string } = {}): InvalidColumnProblem {
  return defined({ code: 'INVALID_COLUMN', reason, key: more.key, suggestion: more.suggestion });
}

/**
 * `MISPLACED_CLAUSE`: a `PARTITIONED BY` written before WITH, where Arroyo refuses it.
 *
 * @example
 * ```ts
 * partitionedByBeforeWith('events');
 * ```
 */
export function partitionedByBeforeWith(table: string): MisplacedClauseProblem {
  return { code: 'MISPLACED_CLAUSE', clause: 'PARTITIONED BY', table, after: 'WITH (…)' };
}

/**
 * `MISPLACED_CLAUSE`: a `PARTITIONED BY` written after WITH in Flink SQL, which reads it
 * only between the column list and WITH.
 *
 * @example
 * ```ts
 * partitionedByAfterWith('events');
 * ```
 */
export function partitionedByAfterWith(table: string): MisplacedClauseProblem {
  return { code: 'MISPLACED_CLAUSE', clause: 'PARTITIONED BY', table, after: 'the column list' };
}

/**
 * `WRONG_DIALECT`: FLIP-529's `USING CONNECTION` in a script resolved as Arroyo's.
 *
 * @example
 * ```ts
 * usingConnectionInArroyo('orders');
 * ```
 */
export function usingConnectionInArroyo(table: string): WrongDialectProblem {
  return { code: 'WRONG_DIALECT', clause: 'USING CONNECTION', table, dialect: 'arroyo', of: 'flink' };
}
