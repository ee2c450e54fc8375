import { DdlProfilesError } from '../errors/index.js';
import { type UnknownConnectors, unknownConnectorsOption as checked } from '../resolve/unknown-connectors.js';
import { UsageError } from './usage-error.js';

/** `--unknown-connectors error|passthrough`, for the commands that resolve (resolve, serve). */
export const unknownConnectorsFlag = { 'unknown-connectors': { type: 'string' } } as const;

/**
 * The value of `--unknown-connectors`, checked by the library's one check (so the flag and
 * the option take the same values, in the same words); a value it refuses is a usage
 * error. Undefined when the flag was not given (the library's default, `error`).
 *
 * @example
 * ```ts
 * unknownConnectorsOption('passthrough'); // 'passthrough'
 * unknownConnectorsOption('skip');        // UsageError: --unknown-connectors takes error or passthrough, got 'skip'
 * ```
 */
export function unknownConnectorsOption(value: string | undefined): UnknownConnectors | undefined {
  if (value === undefined) return undefined;
  try {
    return checked(value, '--unknown-connectors');
  } catch (error) {
    if (error instanceof DdlProfilesError) throw new UsageError(error.message);
    throw error;
  }
}
