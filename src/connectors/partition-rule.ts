/**
 * One element of a statement's `PARTITIONED BY (…)` clause as a connector's partition
 * rule sees it: the transform's name as written (null for a bare column), the column, and
 * the numbers after it. A parsed `PartitionField` is one.
 *
 * @example
 * ```ts
 * const field: PartitionInfo = { transform: 'bucket', column: 'count', arguments: [4] };
 * ```
 */
export interface PartitionInfo {
  transform: string | null;
  column: string;
  arguments: readonly number[];
}

/**
 * A problem a partition rule found: the element it concerns (its index in the clause),
 * and what is wrong, in the engine's words where it has some.
 *
 * @example
 * ```ts
 * const issue: PartitionIssue = { index: 0, message: "unsupported iceberg transform function 'hash' in PARTITIONED BY" };
 * ```
 */
export interface PartitionIssue {
  index: number;
  message: string;
}

/**
 * How a connector reads the statement's `PARTITIONED BY (…)` clause (Arroyo's
 * `ConnectorOptions::partitions`): a check of each element, given the table's column
 * names (empty when the columns were not read, and then not checked against).
 * A connector without one takes the clause as it is, as Arroyo does.
 *
 * @example
 * ```ts
 * const identityOnly: PartitionRule = (fields) =>
 *   fields.flatMap((f, index) => (f.transform === 'identity' ? [] : [{ index, message: 'only identity(column)' }]));
 * ```
 */
export type PartitionRule = (fields: readonly PartitionInfo[], columns: readonly string[]) => PartitionIssue[];
