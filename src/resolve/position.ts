/**
 * A 1-based line and column in the script: where a problem is reported. Every module of
 * the resolver that positions something imports it from here.
 *
 * @example
 * ```ts
 * const at: Position = { line: 3, column: 12 };
 * ```
 */
export interface Position {
  line: number;
  column: number;
}
