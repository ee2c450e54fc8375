/**
 * A JSON object: string keys, any values.
 *
 * @example
 * ```ts
 * const config: JsonObject = { address: 'redis://cache:6379' };
 * ```
 */
export type JsonObject = Record<string, unknown>;

/**
 * @internal Whether a value is a JSON object: not null, not an array.
 *
 * @example
 * ```ts
 * isPlainObject({ a: 1 }); // true
 * isPlainObject([1]); // false
 * ```
 */
export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @internal The object holding the value at `path` (its last step), if every step of the way is an object.
 *
 * @example
 * ```ts
 * parentAt({ authentication: { password: 'p' } }, ['authentication', 'password']); // { password: 'p' }
 * ```
 */
export function parentAt(root: JsonObject, path: readonly string[]): JsonObject | undefined {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    if (!isPlainObject(node)) return undefined;
    node = node[path[i]];
  }
  return isPlainObject(node) ? node : undefined;
}
