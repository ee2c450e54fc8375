import type { ColumnDefinition, ColumnProblem, ColumnType, PrimaryKeyDefinition, WatermarkDefinition } from './column-definition.js';
import type { SourceSpan } from './source-span.js';
import type { SqlDialect } from './sql-dialect.js';

/**
 * A `PRIMARY KEY (…)` element of a column list, as read: its column names, each with
 * its position, whether it is `NOT ENFORCED`, and its own position.
 *
 * @example
 * ```ts
 * const element: KeyElement = { names: [{ name: 'id', span }], enforced: false, span };
 * ```
 */
export interface KeyElement {
  names: Array<{ name: string; span: SourceSpan }>;
  enforced: boolean;
  span: SourceSpan;
}

/** Up to this many columns, a name is looked for among those before it; past it, in a map (linear in all). */
const SCANNED_UP_TO = 16;

/** The first of `columns[0..before)` named `name`. */
function firstNamed(columns: readonly ColumnDefinition[], name: string, before: number): ColumnDefinition | undefined {
  for (let i = 0; i < before; i++) if (columns[i].name === name) return columns[i];
  return undefined;
}

/**
 * The checks of a column list that need all of it: duplicate column names, and the
 * table's primary key, from `PRIMARY KEY` on columns or from one element (its columns
 * are marked `primaryKey`). Problems go to `problems`.
 *
 * @example
 * ```ts
 * const key = checkKeys(columns, keyElements, problems); // { columns: ['id'], form: 'element', … }
 * ```
 */
export function checkKeys(
  columns: readonly ColumnDefinition[],
  keyElements: readonly KeyElement[],
  problems: ColumnProblem[],
): PrimaryKeyDefinition | null {
  // A map only where it pays: most tables have a handful of columns, which a scan checks faster.
  const byName = columns.length > SCANNED_UP_TO ? new Map<string, ColumnDefinition>() : undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const before = byName ? byName.get(column.name) : firstNamed(columns, column.name, i);
    if (before)
      problems.push({
        code: 'INVALID_COLUMN',
        severity: 'error',
        message: `column '${column.name}' is declared twice (first at line ${before.span.line}, column ${before.span.column})`,
        span: column.nameSpan,
      });
    else byName?.set(column.name, column);
  }
  const onColumns = columns.filter((c) => c.primaryKey);
  let key: PrimaryKeyDefinition | null =
    onColumns.length > 0 ? { columns: onColumns.map((c) => c.name), form: 'column', enforced: true, span: onColumns[0].span } : null;
  for (const element of keyElements) {
    if (key) {
      problems.push({
        code: 'INVALID_COLUMN',
        severity: 'error',
        message: `the primary key is declared twice (first at line ${key.span.line}, column ${key.span.column})`,
        span: element.span,
      });
      continue;
    }
    for (const { name, span } of element.names) {
      const column = byName ? byName.get(name) : firstNamed(columns, name, columns.length);
      if (column) column.primaryKey = true;
      else
        problems.push({
          code: 'INVALID_COLUMN',
          severity: 'error',
          message: `PRIMARY KEY names '${name}', which is not a column of the table`,
          span,
        });
    }
    key = { columns: element.names.map((n) => n.name), form: 'element', enforced: element.enforced, span: element.span };
  }
  return key;
}

/** Whether Flink takes a column of this type as a watermark's time field: TIMESTAMP(p) or TIMESTAMP_LTZ(p), p at most 3. */
function isFlinkTimeField(type: ColumnType): boolean {
  return (type.name === 'TIMESTAMP' || type.name === 'TIMESTAMP_LTZ') && (type.precision ?? 0) <= 3;
}

/**
 * The table's watermark: the first `WATERMARK FOR`, which must name a TIMESTAMP column
 * (in Flink SQL, a TIMESTAMP(p) or TIMESTAMP_LTZ(p) one, p from 0 to 3, or a computed
 * one); any other is a problem.
 *
 * @example
 * ```ts
 * checkWatermark(columns, watermarks, problems)?.column; // 'ts'
 * ```
 */
export function checkWatermark(
  columns: readonly ColumnDefinition[],
  watermarks: readonly WatermarkDefinition[],
  problems: ColumnProblem[],
  dialect: SqlDialect = 'arroyo',
): WatermarkDefinition | null {
  const [watermark, ...others] = watermarks;
  for (const other of others)
    problems.push({ code: 'INVALID_COLUMN', severity: 'error', message: 'a table takes one WATERMARK FOR only', span: other.span });
  if (!watermark) return null;
  const column = columns.find((c) => c.name === watermark.column);
  if (!column) {
    problems.push({
      code: 'INVALID_COLUMN',
      severity: 'error',
      message: `WATERMARK FOR names '${watermark.column}', which is not a column of the table`,
      span: watermark.columnSpan,
    });
  } else if (dialect === 'flink') {
    if (column.type && !isFlinkTimeField(column.type))
      problems.push({
        code: 'INVALID_COLUMN',
        severity: 'error',
        message: `WATERMARK FOR '${watermark.column}': the column is ${column.type.sql}, and Flink takes TIMESTAMP(p) or TIMESTAMP_LTZ(p) with p from 0 to 3`,
        span: watermark.columnSpan,
      });
  } else if (column.type && column.type.name !== 'TIMESTAMP') {
    problems.push({
      code: 'INVALID_COLUMN',
      severity: 'error',
      message: `WATERMARK FOR '${watermark.column}': the column is ${column.type.sql}, and Arroyo takes a TIMESTAMP column`,
      span: watermark.columnSpan,
    });
  }
  return watermark;
}
