import { TYPE_SPELLINGS, type ColumnDefinition, type ColumnProblem, type ParsedStatement, type TableDefinition } from '../sql/index.js';
import { columnNote, invalidColumn, invalidValue, missingOption, type ScriptProblem, unknownType } from '../errors/index.js';
import { realOption } from './assemble-merged.js';
import { closestMatch } from './closest-match.js';
import { type Diagnostic, diagnosticAt, type Warning, warningAt } from './diagnostic.js';
import type { MergedTable } from './merge-table.js';
import type { Position } from './position.js';
import { type CheckedIssue, schemaIssues } from './schema-checks.js';
import { PROFILE_KEY } from './table-input.js';

/** The WITH keys every connector reads as a column name (Arroyo's `pull_opt_field`). */
const COLUMN_KEYS = ['event_time_field', 'watermark_field'];

/** A table whose columns break no rule: one shared, empty list. */
const NO_ERRORS: readonly Diagnostic[] = Object.freeze([]);

/** A column list read without a problem (most are): one shared, empty answer. */
const NO_COLUMN_PROBLEMS = Object.freeze({ errors: Object.freeze([]), warnings: Object.freeze([]) });

/**
 * The problems found while reading a table's column list, as diagnostics: errors
 * (`UNKNOWN_TYPE` with its suggestion, `INVALID_COLUMN`) and warnings
 * (`EXPRESSION_UNCHECKED`, `ENGINE_REFUSES`), each at the column, type or expression. In
 * Flink SQL what the engine refuses is an `INVALID_COLUMN` error: Flink's parser fails the
 * statement.
 *
 * @example
 * ```ts
 * const { errors, warnings } = columnProblems(table);
 * errors[0]; // { code: 'UNKNOWN_TYPE', message: "column 'n': unknown type 'VARCHR'; did you mean 'VARCHAR'?", suggestion: 'VARCHAR', line: 2, column: 7, table: 't' }
 * ```
 */
export function columnProblems(
  table: TableDefinition,
  dialect: 'arroyo' | 'flink' = 'arroyo',
): { errors: readonly Diagnostic[]; warnings: readonly Warning[] } {
  if (!table.columnProblems || table.columnProblems.length === 0) return NO_COLUMN_PROBLEMS;
  const errors: Diagnostic[] = [];
  const warnings: Warning[] = [];
  for (const problem of table.columnProblems) {
    // What Flink's parser refuses (a "double-quoted" name, a bare reserved word) fails the
    // table in Flink SQL: a table the resolver accepts is one Flink's planner accepts.
    if (problem.code === 'ENGINE_REFUSES' && dialect === 'flink') {
      errors.push(diagnosticAt(invalidColumn(problem.message), problem.span, table.name));
      continue;
    }
    if (problem.code === 'EXPRESSION_UNCHECKED' || problem.code === 'ENGINE_REFUSES') {
      warnings.push(warningAt(columnNote(problem.code, problem.message), problem.span, table.name));
      continue;
    }
    errors.push(diagnosticAt(problemOf(problem), problem.span, table.name));
  }
  return { errors, warnings };
}

/** A column-list problem of the SQL reader as data: an unknown type with its suggestion, or the reader's words. */
function problemOf(problem: ColumnProblem): ScriptProblem {
  if (problem.code === 'INVALID_COLUMN' && problem.written !== undefined && problem.candidates)
    return invalidColumn(problem.message, { suggestion: closestMatch(problem.written, problem.candidates) });
  if (problem.code !== 'UNKNOWN_TYPE' || problem.columnName === undefined) return invalidColumn(problem.message);
  const type = problem.typeText ?? problem.written ?? '';
  // A Flink SQL type names the spellings to suggest from; Flink's own name for another system's type is one to suggest.
  if (problem.candidates)
    return unknownType(
      problem.columnName,
      type,
      problem.suggestion ?? (problem.written ? closestMatch(problem.written, problem.candidates) : undefined),
    );
  if (problem.suggestion !== undefined) return unknownType(problem.columnName, type, problem.suggestion, true);
  return unknownType(problem.columnName, type, problem.written ? closestMatch(problem.written, TYPE_SPELLINGS) : undefined);
}

/**
 * Checks a merged table against its columns, as Arroyo's planner does, each problem at
 * the column or the option it concerns:
 *
 * - a `METADATA FROM '…'` column names a field the connector gives, with its type
 *   (the connector's `metadataFields`; Flink casts a metadata field to the column's type,
 *   so a Flink connector's is not compared);
 * - `event_time_field` and `watermark_field` name a column of the table;
 * - the planner's own schema rules ({@link schemaIssues}: partitioning fields, an updating
 *   format's virtual columns and primary key);
 * - the connector's own `columnRules` (a Redis lookup table's key, say).
 *
 * Tables without a column list (their schema is inferred) skip the first two.
 *
 * @example
 * ```ts
 * const errors = checkColumnRules(statement, table, merged);
 * ```
 */
export function checkColumnRules(statement: ParsedStatement, table: TableDefinition, merged: MergedTable): readonly Diagnostic[] {
  const columns = table.columns ?? [];
  const { connector } = merged;
  const issues: CheckedIssue[] = [];
  const metadataFields = connector.metadataFields ?? {};
  for (const column of columns) {
    if (!column.metadata) continue;
    const expected = metadataFields[column.metadata.key];
    if (expected === undefined) {
      const metadataNames = Object.keys(metadataFields);
      const suggestion = closestMatch(column.metadata.key, metadataNames);
      const gives = metadataNames.length > 0 ? `it gives ${metadataNames.map((n) => `'${n}'`).join(', ')}` : 'it gives none';
      issues.push({
        column: column.name,
        at: 'type',
        message: `the ${connector.name} connector gives no metadata field '${column.metadata.key}' (${gives})`,
        suggestion,
      });
    } else if (column.type && column.type.name !== expected && connector.dialect !== 'flink') {
      issues.push({
        column: column.name,
        at: 'type',
        message: `metadata field '${column.metadata.key}' of the ${connector.name} connector is ${expected}, but column '${column.name}' is ${column.type.sql}`,
      });
    }
  }
  if (columns.length > 0) {
    for (const sqlKey of COLUMN_KEYS) {
      const key = connector.fields.match(sqlKey)?.key;
      const name = key === undefined ? undefined : realOption(merged, key);
      if (name === undefined || columns.some((c) => c.name === name)) continue;
      const suggestion = closestMatch(
        name,
        columns.map((c) => c.name),
      );
      issues.push({ key, message: `${sqlKey} names '${name}', which is not a column of the table`, suggestion });
    }
  }
  issues.push(...schemaIssues(columns, merged));
  for (const rule of connector.columnRules ?? []) issues.push(...rule({ columns, config: merged.config }));
  if (issues.length === 0) return NO_ERRORS;
  return issues.map((issue) => {
    const at = positionOf(issue, statement, table, merged, columns);
    const code = issue.code ?? (issue.key !== undefined ? 'INVALID_VALUE' : 'INVALID_COLUMN');
    const { key, message, suggestion } = issue;
    const problem =
      code === 'INVALID_VALUE'
        ? invalidValue(key, message, { standalone: true, suggestion })
        : code === 'MISSING_OPTION' && key !== undefined
          ? missingOption(key, { reason: message })
          : invalidColumn(message, { key, suggestion });
    return diagnosticAt(problem, at, table.name);
  });
}

function positionOf(
  issue: CheckedIssue,
  statement: ParsedStatement,
  table: TableDefinition,
  merged: MergedTable,
  columns: readonly ColumnDefinition[],
): Position {
  if (issue.column !== undefined) {
    const column = columns.find((c) => c.name === issue.column);
    if (column) return (issue.at === 'type' ? column.typeSpan : null) ?? column.nameSpan;
  }
  if (issue.key !== undefined) {
    const written =
      table.options.find((o) => merged.connector.fields.match(o.key)?.key === issue.key) ??
      table.options.find((o) => o.key === PROFILE_KEY);
    if (written) return written.valueSpan;
  }
  return statement.span;
}
