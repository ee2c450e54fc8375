/**
 * The SQL dialect a script is written in, and so which engine reads the rewritten
 * statement: `arroyo` (the default) or `flink` (Flink SQL, `'key' = 'value'` options and
 * Flink's connectors). Both resolve against the same stored profiles.
 *
 * @example
 * ```ts
 * const dialect: Dialect = 'flink';
 * await resolve(sql, { profiles, dialect });
 * ```
 */
export type Dialect = 'arroyo' | 'flink';

/**
 * Every dialect, the default first.
 *
 * @example
 * ```ts
 * DIALECTS; // ['arroyo', 'flink']
 * ```
 */
export const DIALECTS: readonly Dialect[] = ['arroyo', 'flink'];

/**
 * How a person names each dialect, in messages and forms.
 *
 * @example
 * ```ts
 * DIALECT_TITLES.flink; // 'Flink SQL'
 * ```
 */
export const DIALECT_TITLES: Readonly<Record<Dialect, string>> = { arroyo: 'Arroyo', flink: 'Flink SQL' };
