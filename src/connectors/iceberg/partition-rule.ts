import type { PartitionIssue, PartitionRule } from '../partition-rule.js';

/** Iceberg's transforms (Arroyo's `IcebergPartitioningField`), with the numbers each takes after its column. */
const TRANSFORMS: Readonly<Record<string, number>> = {
  identity: 0,
  bucket: 1,
  truncate: 1,
  year: 0,
  month: 0,
  day: 0,
  hour: 0,
  void: 0,
};
const U32_MAX = 4_294_967_295;

/**
 * An Iceberg sink's partition spec, as Arroyo's planner reads `PARTITIONED BY (…)`: each
 * element is a transform of a column (`identity`, `bucket(column, n)`, `truncate(column,
 * width)`, `year`, `month`, `day`, `hour`, `void`), its name in lower case; a bucket
 * count or a width is a positive whole number; the column is one of the table's.
 *
 * @example
 * ```ts
 * icebergPartitionRule([{ transform: 'bucket', column: 'id', arguments: [0] }], ['id']);
 * // [{ index: 0, message: 'in bucket(id, 0) the second argument must be a positive whole number' }]
 * ```
 */
export const icebergPartitionRule: PartitionRule = (fields, columns) => {
  const issues: PartitionIssue[] = [];
  fields.forEach((field, index) => {
    const { transform, column } = field;
    if (transform === null) {
      issues.push({
        index,
        message: `'${column}' in PARTITIONED BY is a bare column; an Iceberg partition is a transform of one, such as identity(${column})`,
      });
      return;
    }
    const wants = Object.hasOwn(TRANSFORMS, transform) ? TRANSFORMS[transform] : undefined;
    if (wants === undefined) {
      issues.push({
        index,
        message: `unsupported iceberg transform function '${transform}' in PARTITIONED BY (known: ${Object.keys(TRANSFORMS).join(', ')})`,
      });
      return;
    }
    if (field.arguments.length !== wants) {
      const shape = wants === 0 ? `${transform}(column)` : `${transform}(column, n)`;
      issues.push({ index, message: `${transform} takes ${wants === 0 ? 'only a column' : 'a column and a number'}: ${shape}` });
      return;
    }
    const n = field.arguments[0];
    if (wants === 1 && !(Number.isInteger(n) && n > 0 && n <= U32_MAX)) {
      issues.push({ index, message: `in ${transform}(${column}, ${n}) the second argument must be a positive whole number` });
      return;
    }
    if (columns.length > 0 && !columns.includes(column)) {
      issues.push({ index, message: `${transform}(${column}) in PARTITIONED BY names '${column}', which is not a column of the table` });
    }
  });
  return issues;
};
