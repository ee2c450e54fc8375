import { type UnknownConnectors, unknownConnectorsOption as checked } from '../resolve/unknown-connectors.js';
import { libraryOption } from './library-option.js';

/** `--unknown-connectors error|passthrough`, for the commands that resolve (resolve, serve). */
export const unknownConnectorsFlag = { 'unknown-connectors': { type: 'string' } } as const;

/**
 * The value of `--unknown-connectors`, checked by the library's one check; a value it
 * refuses is a usage error. Undefined when the flag was not given (the library's
 * default, `error`).
 *
 * @example
 * ```ts
 * unknownConnectorsOption('passthrough'); // 'passthrough'
 * unknownConnectorsOption('skip');        // UsageError: --unknown-connectors takes error or passthrough, got 'skip'
 * ```
 */
export function unknownConnectorsOption(value: string | undefined): UnknownConnectors | undefined {
  return value === undefined ? undefined : libraryOption(() => checked(value, '--unknown-connectors'));
}
