import { DIALECTS, type Dialect } from '../connectors/index.js';
import { DdlProfilesError, notOneOf } from '../errors/index.js';

/**
 * Reads the `dialect` a caller passed (to `resolve`, the CLI or the REST API): `arroyo`
 * when absent, else one of {@link DIALECTS}; anything else is `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * dialectOption(undefined); // 'arroyo'
 * dialectOption('flink');   // 'flink'
 * ```
 */
export function dialectOption(value: unknown, argument = 'dialect'): Dialect {
  if (value === undefined) return 'arroyo';
  if (DIALECTS.includes(value as Dialect)) return value as Dialect;
  throw DdlProfilesError.of(notOneOf(argument, DIALECTS, value));
}
