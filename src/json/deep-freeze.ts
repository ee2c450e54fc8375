/**
 * Freezes a JSON value and everything inside it, in place, and returns it: a value shared
 * between callers (a cached profile) can then not be changed by one of them for the others.
 *
 * @example
 * ```ts
 * const config = deepFreeze({ authentication: { password: 'pw' } });
 * config.authentication.password = 'x'; // TypeError in strict code
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
