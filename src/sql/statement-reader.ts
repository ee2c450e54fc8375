import { Char } from './char-codes.js';
import { readColumns } from './column-reader.js';
import { isQuoted, releaseTokens, scan, TokenKind, type TokenList } from './scanner.js';
import { LineIndex } from './source-span.js';
import type { SqlDialect } from './sql-dialect.js';
import type { SqlProblem, SyntaxDetail } from './sql-problem.js';
import type { ParsedStatement } from './table-definition.js';
import { TableEnvelopes } from './table-parser.js';

/**
 * Options of reading statements (and of `parseScript`). `parseColumns: false` leaves the
 * column lists unread; `dialect` (default `arroyo`) is the SQL they are read in (see {@link SqlDialect}).
 *
 * @example
 * ```ts
 * const options: ParseOptions = { parseColumns: false };
 * parseScript('CREATE TABLE t (a INT) WITH (connector = \'impulse\')', options).statements[0].table!.columns; // null
 * parseScript("CREATE TABLE t (ts TIMESTAMP_LTZ(3)) WITH ('connector' = 'kafka')", { dialect: 'flink' }).statements[0].table!.columnProblems; // []
 * ```
 */
export interface ParseOptions {
  parseColumns?: boolean;
  dialect?: SqlDialect;
}

/**
 * One statement read by a {@link StatementReader}, with its syntax problem if it has one.
 *
 * @example
 * ```ts
 * const { statement, problem } = new StatementReader("CREATE TABLE t (a INT) WITH (k 'v')").read(0);
 * problem?.message; // "expected '=' after option key 'k', found a string literal of 3 characters"
 * ```
 */
export interface ReadStatement {
  statement: ParsedStatement;
  problem?: SqlProblem;
}

/**
 * A script scanned once and split into statements, each parsed only when it is read.
 * Reading statement by statement keeps no parse tree alive beyond the statement in
 * hand: a resolve of a large script holds its output, not the whole script's tree.
 * Lexical problems (an unterminated literal or comment) are in `problems`; a statement
 * they fall in reads as `other` and is not parsed.
 *
 * @example
 * ```ts
 * const reader = new StatementReader("CREATE TABLE o (id BIGINT) WITH (topic = 'o'); SELECT 1");
 * reader.count; // 2
 * reader.read(0).statement.table!.options[0].key; // 'topic'
 * ```
 */
export class StatementReader {
  readonly problems: SqlProblem[] = [];
  private readonly lines: LineIndex;
  /** One envelope reader for every statement of the script. */
  private readonly envelopes: TableEnvelopes;
  private readonly tokens: TokenList;
  private readonly ranges: number[] = [];
  private readonly broken = new Set<number>();

  constructor(readonly sql: string) {
    const { tokens, problems: scanProblems } = scan(sql);
    this.tokens = tokens;
    this.lines = new LineIndex(sql);
    this.envelopes = new TableEnvelopes(tokens, this.lines);
    const { kinds, starts, ends, codes, count } = tokens;
    let from = 0;
    for (let i = 0; i < count; i++) {
      if (kinds[i] !== TokenKind.Punct || codes[starts[i]] !== Char.Semicolon) continue;
      if (i > from) this.ranges.push(from, i);
      from = i + 1;
    }
    if (count > from) this.ranges.push(from, count);
    let index = 0;
    for (const problem of scanProblems) {
      while (index < this.count && ends[this.ranges[2 * index + 1] - 1] <= problem.offset) index++;
      const inside = index < this.count && starts[this.ranges[2 * index]] <= problem.offset;
      if (inside) this.broken.add(index);
      this.problems.push(this.problemAt(problem.syntax, problem.offset, inside ? index : undefined));
    }
  }

  /** How many statements the script holds. */
  get count(): number {
    return this.ranges.length / 2;
  }

  /**
   * How statement `index`, whatever it is, spells an option key that is `key` in any
   * case (`KEY = …`, bare or quoted), if it sets one: to tell that a statement passed
   * through untouched still names, say, a connection profile, perhaps in the wrong case.
   */
  optionKeyLike(index: number, key: string): string | undefined {
    const { kinds, starts, ends } = this.tokens;
    const to = this.ranges[2 * index + 1];
    for (let t = this.ranges[2 * index]; t + 1 < to; t++) {
      const kind = kinds[t];
      const quote = isQuoted(kind) ? 1 : 0;
      if (kind !== TokenKind.Word && quote === 0) continue;
      const start = starts[t] + quote;
      const end = ends[t] - quote;
      if (end - start !== key.length || kinds[t + 1] !== TokenKind.Punct || this.tokens.codes[starts[t + 1]] !== 61) continue;
      const written = this.sql.slice(start, end);
      if (written.toLowerCase() === key) return written;
    }
    return undefined;
  }

  /** Whether a lexical problem falls in statement `index`, which is then not parsed. */
  isBroken(index: number): boolean {
    return this.broken.has(index);
  }

  /**
   * The value of the first WITH option named `key` of statement `index`, if it is a
   * well-formed CREATE TABLE that has one: found without building the table.
   */
  optionValue(index: number, key: string): string | undefined {
    if (this.isBroken(index)) return undefined;
    return this.envelopes.findOption(this.ranges[2 * index], this.ranges[2 * index + 1], key);
  }

  /** The connection statement `index`'s `USING CONNECTION name` clause names, if it is a well-formed table with one. */
  connectionName(index: number): string | undefined {
    if (this.isBroken(index)) return undefined;
    return this.envelopes.findConnection(this.ranges[2 * index], this.ranges[2 * index + 1]);
  }

  /** Parses statement `index` (0-based); `parseColumns: false` leaves its column list unread, `dialect` is the SQL it is read in. */
  read(index: number, options: ParseOptions = {}): ReadStatement {
    const { starts, ends } = this.tokens;
    const start = this.ranges[2 * index];
    const end = this.ranges[2 * index + 1];
    const offset = starts[start];
    const text = this.sql.slice(offset, ends[end - 1]);
    const span = this.lines.span(offset, ends[end - 1]);
    if (this.isBroken(index)) return { statement: { kind: 'other', text, span } };
    const parsed = this.envelopes.read(start, end);
    if (parsed.kind === 'error')
      return { statement: { kind: 'other', text, span }, problem: this.problemAt(parsed.problem.syntax, parsed.problem.offset, index) };
    if (parsed.kind !== 'table') return { statement: { kind: 'other', text, span } };
    // Built in its final shape: a table statement is never an 'other' one given a table afterwards.
    const table = parsed.table;
    const statement: ParsedStatement = { kind: 'create_table', text, span, table };
    if (options.parseColumns === false || table.columns !== null) return { statement };
    const open = this.tokenAt(table.nameSpan.end, start, end);
    const read = readColumns(this.tokens, open + 1, this.closing(open, end), this.lines, options.dialect);
    table.columns = read.columns;
    table.primaryKey = read.primaryKey;
    table.watermark = read.watermark;
    table.columnProblems = read.problems;
    if (read.note) {
      table.columnsNote = read.note;
      table.columnsNoteSpan = read.noteSpan;
    }
    return { statement };
  }

  /** The first token in `[from, to)` that starts at or after `offset`. */
  private tokenAt(offset: number, from: number, to: number): number {
    const { starts } = this.tokens;
    let low = from;
    let high = to;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Gives the script's token arrays back for the next script to reuse (see
   * `releaseTokens`). Statements read before stay whole; the reader must not read again.
   *
   * @example
   * ```ts
   * const reader = new StatementReader(sql);
   * const first = reader.read(0).statement;
   * reader.release(); // `first` is unaffected
   * ```
   */
  release(): void {
    releaseTokens(this.tokens);
  }

  /** The token of the ')' that closes the '(' at token `open` (the envelope reader found it closed). */
  private closing(open: number, to: number): number {
    const partner = this.tokens.partners[open];
    return partner > open && partner < to ? partner : to;
  }

  private problemAt(syntax: SyntaxDetail, offset: number, statementIndex: number | undefined): SqlProblem {
    const position = this.lines.span(offset, offset);
    return {
      code: 'PARSE_ERROR',
      syntax,
      line: position.line,
      column: position.column,
      offset,
      ...(statementIndex === undefined ? {} : { statementIndex }),
    };
  }
}
