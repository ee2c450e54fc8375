/**
 * The SQL a column list is written in: Arroyo's (the default) or Flink SQL's. It decides
 * which types the column reader takes, how names are quoted, and which forms are the
 * engine's own (`name AS expr`, `PRIMARY KEY (…) NOT ENFORCED` in Flink SQL).
 *
 * @example
 * ```ts
 * const dialect: SqlDialect = 'flink';
 * parseColumns('ts TIMESTAMP_LTZ(3)', dialect).columns![0].type!.name; // 'TIMESTAMP_LTZ'
 * ```
 */
export type SqlDialect = 'arroyo' | 'flink';
