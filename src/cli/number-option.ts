import { parseWholeNumber, wholeNumberExpected } from '../json/index.js';
import { UsageError } from './usage-error.js';

/**
 * A whole-number command-line option from `minimum` to `maximum`; a usage error otherwise.
 * Undefined when the option was not given.
 *
 * @example
 * ```ts
 * wholeNumberOption('20', '--limit');              // 20
 * wholeNumberOption('0', '--port', 1);             // UsageError: --port takes a whole number of at least 1, got '0'
 * wholeNumberOption('9999999999', '--deadline-ms', 1, MAX_TEST_DEADLINE_MS); // UsageError: … from 1 to 2147483647 …
 * ```
 */
export function wholeNumberOption(
  value: string | undefined,
  flag: string,
  minimum = 0,
  maximum = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const number = parseWholeNumber(value, minimum, maximum);
  if (number === undefined) throw new UsageError(`${flag} takes ${wholeNumberExpected(minimum, maximum)}, got '${value}'`);
  return number;
}
