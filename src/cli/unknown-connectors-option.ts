import { UNKNOWN_CONNECTORS, type UnknownConnectors } from '../resolve/unknown-connectors.js';
import { UsageError } from './usage-error.js';

/** `--unknown-connectors error|passthrough`, for the commands that resolve (resolve, serve). */
export const unknownConnectorsFlag = { 'unknown-connectors': { type: 'string' } } as const;

/**
 * The value of `--unknown-connectors`: `error` or `passthrough`, a usage error otherwise.
 * Undefined when the flag was not given (the library's default, `error`).
 *
 * @example
 * ```ts
 * unknownConnectorsOption('passthrough'); // 'passthrough'
 * unknownConnectorsOption('skip');        // UsageError: --unknown-connectors takes error or passthrough, got 'skip'
 * ```
 */
export function unknownConnectorsOption(value: string | undefined): UnknownConnectors | undefined {
  if (value === undefined) return undefined;
  if (UNKNOWN_CONNECTORS.includes(value as UnknownConnectors)) return value as UnknownConnectors;
  throw new UsageError(`--unknown-connectors takes ${UNKNOWN_CONNECTORS.join(' or ')}, got '${value}'`);
}
