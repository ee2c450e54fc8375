import { UsageError } from './usage-error.js';

/**
 * A whole-number command-line option, at least `minimum`; a usage error otherwise.
 * Undefined when the option was not given.
 *
 * @example
 * ```ts
 * wholeNumberOption('20', '--limit');              // 20
 * wholeNumberOption('0', '--port', 1);             // UsageError: --port takes a whole number of at least 1, got '0'
 * ```
 */
export function wholeNumberOption(value: string | undefined, flag: string, minimum = 0): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < minimum || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${flag} takes a whole number${minimum > 0 ? ` of at least ${minimum}` : ''}, got '${value}'`);
  }
  return Number(value);
}
