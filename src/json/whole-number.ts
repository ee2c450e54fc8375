/**
 * A whole number written as text (an HTTP query parameter, a command-line
 * option), from `minimum` to `maximum`: its value, or undefined when the text is not
 * digits only or the number is out of range. The HTTP API and the CLI both read numbers
 * here, so they take the same spellings.
 *
 * @example
 * ```ts
 * parseWholeNumber('20', 1, 500);  // 20
 * parseWholeNumber('-1', 0);       // undefined
 * parseWholeNumber('1e3', 0);      // undefined
 * ```
 */
export function parseWholeNumber(text: string, minimum = 0, maximum = Number.MAX_SAFE_INTEGER): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= minimum && value <= maximum ? value : undefined;
}

/**
 * What a whole number may be, in words, for an error message.
 *
 * @example
 * ```ts
 * wholeNumberExpected(1, 500); // 'a whole number from 1 to 500'
 * wholeNumberExpected(1);      // 'a whole number of at least 1'
 * ```
 */
export function wholeNumberExpected(minimum = 0, maximum = Number.MAX_SAFE_INTEGER): string {
  if (maximum < Number.MAX_SAFE_INTEGER) return `a whole number from ${minimum} to ${maximum}`;
  return minimum > 0 ? `a whole number of at least ${minimum}` : 'a whole number';
}
