import { parseColumns } from './column-parser.js';
import { scan, TokenKind } from './scanner.js';
import { LineIndex } from './source-span.js';
import type { SqlProblem } from './sql-problem.js';
import type { ParsedStatement } from './table-definition.js';
import { parseCreateTable } from './table-parser.js';

/** Options of {@link parseScript}. `parseColumns: false` skips the column grammar. */
export interface ParseOptions {
  parseColumns?: boolean;
}

/** Every statement of a script, in order, and every syntax problem found. */
export interface ParsedScript {
  statements: ParsedStatement[];
  problems: SqlProblem[];
}

/**
 * Parses a script: splits it into statements (a `;` inside a string, identifier or
 * comment does not split), reads each `CREATE TABLE` envelope with exact positions, and
 * passes every other statement through as text. A broken statement is reported and
 * skipped; the statements after it are still read. Time is linear in the script's size.
 *
 * @example
 * ```ts
 * const { statements, problems } = parseScript(
 *   "CREATE TABLE o (id BIGINT) WITH (connector = 'kafka', topic = 'o'); CREATE VIEW v AS SELECT * FROM o;",
 * );
 * statements[0].table!.options.map((o) => o.key); // ['connector', 'topic']
 * statements[1].kind; // 'other'
 * ```
 */
export function parseScript(sql: string, options: ParseOptions = {}): ParsedScript {
  const lines = new LineIndex(sql);
  const { tokens, problems: scanProblems } = scan(sql);
  const statements: ParsedStatement[] = [];
  const problems: SqlProblem[] = [];
  const ranges: Array<[number, number]> = [];
  let from = 0;
  const { kinds, starts, ends } = tokens;
  for (let i = 0; i <= tokens.count; i++) {
    const isEnd = i === tokens.count || (kinds[i] === TokenKind.Punct && sql.charCodeAt(starts[i]) === 59);
    if (!isEnd) continue;
    if (i > from) ranges.push([from, i]);
    from = i + 1;
  }

  const brokenStatements = new Set<number>();
  let rangeIndex = 0;
  for (const problem of scanProblems) {
    while (rangeIndex < ranges.length && ends[ranges[rangeIndex][1] - 1] <= problem.offset) rangeIndex++;
    const inside = rangeIndex < ranges.length && starts[ranges[rangeIndex][0]] <= problem.offset;
    if (inside) brokenStatements.add(rangeIndex);
    const position = lines.span(problem.offset, problem.offset);
    problems.push({
      code: 'PARSE_ERROR',
      message: problem.message,
      line: position.line,
      column: position.column,
      offset: problem.offset,
      ...(inside ? { statementIndex: rangeIndex } : {}),
    });
  }

  ranges.forEach(([start, end], index) => {
    const offset = starts[start];
    const statement: ParsedStatement = {
      kind: 'other',
      text: sql.slice(offset, ends[end - 1]),
      span: lines.span(offset, ends[end - 1]),
    };
    statements.push(statement);
    if (brokenStatements.has(index)) return;
    const parsed = parseCreateTable(sql, tokens, start, end, lines);
    if (parsed.kind === 'error') {
      const position = lines.span(parsed.problem.offset, parsed.problem.offset);
      problems.push({ code: 'PARSE_ERROR', message: parsed.problem.message, line: position.line, column: position.column, offset: parsed.problem.offset, statementIndex: index });
      return;
    }
    if (parsed.kind !== 'table') return;
    statement.kind = 'create_table';
    statement.table = parsed.table;
    if (options.parseColumns === false) return;
    const columns = parseColumns(parsed.table.columnsText);
    parsed.table.columns = columns.columns;
    if (columns.note) parsed.table.columnsNote = columns.note;
  });
  problems.sort((a, b) => a.offset - b.offset);
  return { statements, problems };
}
