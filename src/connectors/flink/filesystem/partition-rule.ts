import type { PartitionRule } from '../../partition-rule.js';

/**
 * How Flink reads a filesystem table's `PARTITIONED BY (…)` clause: plain column names,
 * each a column of the table as written (Flink matches case-sensitively: "Partition column
 * 'DT' not defined in the table schema"); no transforms. Flink refuses the statement itself.
 *
 * @example
 * ```ts
 * filesystemPartitionRule([{ transform: null, column: 'nope', arguments: [] }], ['id', 'dt']);
 * // [{ index: 0, message: "Partition column 'nope' not defined in the table schema. Available columns: ['id', 'dt']" }]
 * ```
 */
export const filesystemPartitionRule: PartitionRule = (fields, columns) =>
  fields.flatMap((field, index) => {
    if (field.transform !== null)
      return [{ index, message: `Flink partitions by column names: '${field.transform}(${field.column})' is not one` }];
    if (columns.length === 0 || columns.includes(field.column)) return [];
    const available = columns.map((c) => `'${c}'`).join(', ');
    return [{ index, message: `Partition column '${field.column}' not defined in the table schema. Available columns: [${available}]` }];
  });
