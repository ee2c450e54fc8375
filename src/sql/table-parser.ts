import { isQuoted, TokenKind, type ScanProblem, type TokenList } from './scanner.js';
import { SyntaxProblem, TokenCursor } from './token-cursor.js';
import type { LineIndex, SourceSpan } from './source-span.js';
import { ParsedOption } from './parsed-option.js';
import type { OptionValueKind, PartitionField, TableDefinition, TableOption } from './table-definition.js';

/** The outcome of reading one statement's tokens as a CREATE TABLE. */
export type TableParse = { kind: 'not_a_table' } | { kind: 'table'; table: TableDefinition } | { kind: 'error'; problem: ScanProblem };

const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;
const DOT = 46;
const EQUALS = 61;
const MINUS = 45;
const PLUS = 43;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * Reads the envelope of a `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name [(…)] … [WITH (…)]`
 * from a statement's tokens `[from, to)`, whatever follows the WITH clause (`AS SELECT …`,
 * `LIKE …`). A table without a column list must have a WITH clause before any AS or
 * LIKE: `CREATE TABLE t AS SELECT …` is `not_a_table`, as is anything else. Iterative:
 * nesting depth costs no stack, and keywords are compared without allocating.
 *
 * @example
 * ```ts
 * const { tokens } = scan(sql);
 * const parsed = parseCreateTable(sql, tokens, 0, tokens.count, new LineIndex(sql));
 * ```
 */
export function parseCreateTable(text: string, tokens: TokenList, from: number, to: number, lines: LineIndex): TableParse {
  const reader = new EnvelopeReader(text, tokens, from, to, lines);
  try {
    return reader.readTable();
  } catch (error) {
    if (error instanceof SyntaxProblem) return { kind: 'error', problem: { message: error.message, offset: error.offset } };
    throw error;
  }
}

/**
 * The value of the first WITH option named `key` of a CREATE TABLE in tokens `[from,
 * to)`, found without building the table or any positions: for a first pass that only
 * needs, say, the profile names. Undefined for anything else, a malformed one included.
 *
 * @example
 * ```ts
 * const sql = "CREATE TABLE t (a INT) WITH (topic = 'o', connection_profile = 'p')";
 * const { tokens } = scan(sql);
 * findTableOption(sql, tokens, 0, tokens.count, 'connection_profile'); // 'p'
 * ```
 */
export function findTableOption(text: string, tokens: TokenList, from: number, to: number, key: string): string | undefined {
  return new EnvelopeReader(text, tokens, from, to, null).findOption(key);
}

/** The envelope reader over one statement's tokens; its token checks are {@link TokenCursor}'s. */
class EnvelopeReader extends TokenCursor {
  /** What {@link readHead} found, for {@link readTable}. */
  private temporary = false;
  private ifNotExists = false;
  private nameStart = 0;
  private nameEnd = 0;
  private hasColumns = false;
  private columnsStart = 0;
  private columnsEnd = 0;
  /** How the value {@link readValue} last read was written. */
  private valueKind: OptionValueKind = 'string';
  /** The elements of the array {@link readValue} last read, if it read one. */
  private items: string[] | undefined;

  constructor(
    text: string,
    tokens: TokenList,
    from: number,
    to: number,
    /** Null only for {@link findOption}, which reads no positions. */
    private readonly lines: LineIndex | null,
  ) {
    super(text, tokens, from, to);
  }

  private span(offset: number, end: number): SourceSpan {
    return this.lines!.span(offset, end);
  }

  /**
   * Reads `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name [(…)] …` and stops at WITH (or
   * at the end, when there is none); false when the statement is not a table.
   */
  private readHead(): boolean {
    const { kinds, starts, ends } = this;
    if (!this.isWord(this.i, 'CREATE')) return false;
    this.i++;
    this.temporary = this.isWord(this.i, 'TEMPORARY');
    if (this.temporary) this.i++;
    if (!this.isWord(this.i, 'TABLE')) return false;
    this.i++;
    if (this.isWord(this.i, 'IF') && this.isWord(this.i + 1, 'NOT') && this.isWord(this.i + 2, 'EXISTS')) {
      this.ifNotExists = true;
      this.i += 3;
    }

    // Table name: identifier parts joined by dots.
    this.nameStart = this.i;
    for (;;) {
      const i = this.i;
      const kind = kinds[i];
      if (i >= this.to || (kind !== TokenKind.Word && kind !== TokenKind.Quoted && kind !== TokenKind.Backtick))
        this.fail(`expected a table name, found ${this.describe(i)}`, i);
      this.i++;
      if (!this.isPunct(this.i, DOT)) break;
      this.i++;
    }
    this.nameEnd = this.i;

    // Column list, up to the matching parenthesis: optional, since `CREATE TABLE t WITH (…)
    // AS SELECT …` and `… LIKE other` take their columns from elsewhere.
    this.hasColumns = this.isPunct(this.i, OPEN);
    if (this.hasColumns) {
      const open = this.i;
      let depth = 0;
      let close = -1;
      for (let j = open; j < this.to; j++) {
        if (kinds[j] !== TokenKind.Punct) continue;
        const p = this.codes[starts[j]];
        if (p === OPEN) depth++;
        else if (p === CLOSE && --depth === 0) {
          close = j;
          break;
        }
      }
      if (close < 0) this.fail("the column list's '(' is never closed", open);
      this.columnsStart = ends[open];
      this.columnsEnd = starts[close];
      this.i = close + 1;
    }

    // Skip PARTITIONED BY (…), COMMENT '…', STORED AS … and the like up to WITH at depth 0;
    // an AS (but STORED AS) or LIKE at depth 0 first means the statement has no WITH clause of its own.
    let depth = 0;
    while (this.i < this.to && !(depth === 0 && this.isWord(this.i, 'WITH') && this.isPunct(this.i + 1, OPEN))) {
      if (depth === 0 && this.isWord(this.i, 'STORED') && this.isWord(this.i + 1, 'AS')) {
        this.i += 2;
        continue;
      }
      if (depth === 0 && (this.isWord(this.i, 'AS') || this.isWord(this.i, 'LIKE'))) {
        this.i = this.to;
        break;
      }
      if (this.isPunct(this.i, OPEN)) depth++;
      else if (this.isPunct(this.i, CLOSE)) depth--;
      this.i++;
    }
    return this.hasColumns || this.i < this.to;
  }

  /** The table name's parts joined by dots, each unquoted. */
  private name(): string {
    let name = '';
    for (let i = this.nameStart; i < this.nameEnd; i += 2) {
      name += (i === this.nameStart ? '' : '.') + (this.kinds[i] === TokenKind.Word ? this.raw(i) : this.unquoted(i));
    }
    return name;
  }

  readTable(): TableParse {
    if (!this.readHead()) return { kind: 'not_a_table' };
    const { starts, ends } = this;
    const options: TableOption[] = [];
    let withSpan = null;
    if (this.i < this.to) {
      const withOpen = this.i + 1;
      this.i += 2;
      if (this.isPunct(this.i, CLOSE)) this.i++;
      else this.readOptions(options);
      withSpan = this.span(starts[withOpen], ends[this.i - 1]);
    }
    const partitionedBy = withSpan ? this.readPartitions() : null;
    return {
      kind: 'table',
      table: {
        name: this.name(),
        nameSpan: this.span(starts[this.nameStart], ends[this.nameEnd - 1]),
        temporary: this.temporary,
        ifNotExists: this.ifNotExists,
        columnsText: this.text.slice(this.columnsStart, this.columnsEnd),
        columns: this.hasColumns ? null : [],
        options,
        withSpan,
        partitionedBy,
      },
    };
  }

  /**
   * The `PARTITIONED BY (…)` clause after the WITH clause, where Arroyo's grammar reads
   * it, typed; null when there is none. The other clauses it allows there (`COMMENT '…'`,
   * `TBLPROPERTIES (…)`, …) are stepped over; an `AS` or `LIKE` at depth 0 ends the search.
   */
  private readPartitions(): PartitionField[] | null {
    let depth = 0;
    for (; this.i < this.to; this.i++) {
      if (depth === 0 && (this.isWord(this.i, 'AS') || this.isWord(this.i, 'LIKE'))) return null;
      if (depth === 0 && this.isWord(this.i, 'PARTITIONED') && this.isWord(this.i + 1, 'BY')) break;
      if (this.isPunct(this.i, OPEN)) depth++;
      else if (this.isPunct(this.i, CLOSE)) depth--;
    }
    if (this.i >= this.to) return null;
    this.i += 2;
    if (!this.isPunct(this.i, OPEN)) this.fail(`expected '(' after PARTITIONED BY, found ${this.describe(this.i)}`, this.i);
    this.i++;
    const fields: PartitionField[] = [];
    for (;;) {
      fields.push(this.readPartitionField());
      if (!this.isPunct(this.i, COMMA)) break;
      this.i++;
    }
    if (!this.isPunct(this.i, CLOSE)) this.fail(`expected ',' or ')' in PARTITIONED BY, found ${this.describe(this.i)}`, this.i);
    this.i++;
    return fields;
  }

  /** One element of PARTITIONED BY: `column`, or `transform(column[, number…])`. */
  private readPartitionField(): PartitionField {
    const start = this.i;
    const expected = 'a column or a transform of one, such as bucket(column, 4) or day(column)';
    if (!this.isIdentifier(this.i)) this.fail(`expected ${expected} in PARTITIONED BY, found ${this.describe(this.i)}`, this.i);
    let transform: string | null = null;
    const args: number[] = [];
    if (this.isPunct(this.i + 1, OPEN)) {
      transform = this.identifier(this.i);
      this.i += 2;
      if (!this.isIdentifier(this.i))
        this.fail(`expected a column as the first argument of ${transform}(…), found ${this.describe(this.i)}`, this.i);
      const column = this.identifier(this.i++);
      while (this.isPunct(this.i, COMMA)) {
        this.i++;
        const negative = this.isPunct(this.i, MINUS);
        if (negative) this.i++;
        if (this.kinds[this.i] !== TokenKind.Number || this.i >= this.to)
          this.fail(`expected a number as a further argument of ${transform}(…), found ${this.describe(this.i)}`, this.i);
        args.push(Number(this.raw(this.i++)) * (negative ? -1 : 1));
      }
      if (!this.isPunct(this.i, CLOSE)) this.fail(`expected ',' or ')' in ${transform}(…), found ${this.describe(this.i)}`, this.i);
      this.i++;
      return this.partitionField(transform, column, args, start);
    }
    return this.partitionField(null, this.identifier(this.i++), args, start);
  }

  private partitionField(transform: string | null, column: string, args: number[], start: number): PartitionField {
    const offset = this.starts[start];
    const end = this.ends[this.i - 1];
    return { transform, column, arguments: args, text: this.text.slice(offset, end), span: this.span(offset, end) };
  }

  private isIdentifier(t: number): boolean {
    const kind = this.kinds[t];
    return t < this.to && (kind === TokenKind.Word || kind === TokenKind.Quoted || kind === TokenKind.Backtick);
  }

  /** An identifier token's name: a bare word as written, a quoted one unquoted. */
  private identifier(t: number): string {
    return this.kinds[t] === TokenKind.Word ? this.raw(t) : this.unquoted(t);
  }

  /** `key = value` pairs up to and including the closing parenthesis. */
  private readOptions(options: TableOption[]): void {
    do options.push(this.readOption());
    while (this.nextOption(options[options.length - 1].key));
  }

  /**
   * The value of the first WITH option named `key`, read without building the table:
   * undefined when there is none, or the statement is not a table or is malformed.
   */
  findOption(key: string): string | undefined {
    try {
      if (!this.readHead() || this.i >= this.to) return undefined;
      this.i += 2;
      if (this.isPunct(this.i, CLOSE)) return undefined;
      for (;;) {
        const found = this.readKey();
        this.expectValue(found);
        const value = this.readValue(found);
        if (found === key) return value;
        if (!this.nextOption(found)) return undefined;
      }
    } catch (error) {
      if (error instanceof SyntaxProblem) return undefined;
      throw error;
    }
  }

  /** After an option's value: true at a comma (another option follows), false at the closing parenthesis. */
  private nextOption(previous: string): boolean {
    if (this.isPunct(this.i, COMMA)) {
      this.i++;
      if (this.isPunct(this.i, CLOSE)) this.fail("expected an option after ',', found ')'", this.i);
      return true;
    }
    if (this.isPunct(this.i, CLOSE)) {
      this.i++;
      return false;
    }
    return this.fail(`expected ',' or ')' after the value of option '${previous}', found ${this.describe(this.i)}`, this.i);
  }

  private readOption(): TableOption {
    const { starts, ends, text } = this;
    const keyStart = starts[this.i];
    const key = this.readKey();
    const keyEnd = ends[this.i - 1];
    const valueStart = this.expectValue(key);
    const value = this.readValue(key);
    const valueEnd = ends[this.i - 1];
    return new ParsedOption(key, value, this.valueKind, { text, lines: this.lines!, keyStart, keyEnd, valueStart, valueEnd }, this.items);
  }

  /** Steps over the `=` after `key`; the offset where the value starts. */
  private expectValue(key: string): number {
    if (!this.isPunct(this.i, EQUALS)) this.fail(`expected '=' after option key '${key}', found ${this.describe(this.i)}`, this.i);
    this.i++;
    if (this.i >= this.to) this.fail(`expected a value for option '${key}', found the end of the statement`, this.i);
    return this.starts[this.i];
  }

  /**
   * The value that starts at the cursor, as a string; how it was written goes to
   * `valueKind`, and an array's elements to `items`. Every form Arroyo's WITH clause
   * takes: strings, numbers (signed, decimal), true/false, identifiers (bare, `"…"`,
   * `` `…` ``), intervals (`INTERVAL '5' SECOND`, `interval '1 hour 30 minutes'`) and
   * arrays of any of these but intervals (`[type, app_version]`, `['a', 'b']`).
   */
  private readValue(key: string): string {
    const i = this.i;
    this.items = undefined;
    if (this.isPunct(i, OPEN_BRACKET)) {
      const items: string[] = [];
      this.i++;
      if (!this.isPunct(this.i, CLOSE_BRACKET)) {
        for (;;) {
          items.push(this.readScalar(key, true));
          if (this.isPunct(this.i, COMMA)) this.i++;
          else if (this.isPunct(this.i, CLOSE_BRACKET)) break;
          else this.fail(`expected ',' or ']' in the array value of option '${key}', found ${this.describe(this.i)}`, this.i);
        }
      }
      this.i++;
      this.valueKind = 'array';
      this.items = items;
      return items.join(',');
    }
    return this.readScalar(key, false);
  }

  /** One value that is not an array (an array element when `inArray`), as {@link readValue} describes. */
  private readScalar(key: string, inArray: boolean): string {
    const { kinds, starts, ends } = this;
    const i = this.i;
    const kind = kinds[i];
    if (kind === TokenKind.String) {
      this.valueKind = 'string';
      this.i += 1;
      return this.unquoted(i);
    }
    if (kind === TokenKind.Number) {
      this.valueKind = 'number';
      this.i += 1;
      return this.raw(i);
    }
    if (
      (this.isPunct(i, MINUS) || this.isPunct(i, PLUS)) &&
      i + 1 < this.to &&
      kinds[i + 1] === TokenKind.Number &&
      starts[i + 1] === ends[i]
    ) {
      this.valueKind = 'number';
      this.i += 2;
      return (this.isPunct(i, MINUS) ? '-' : '') + this.raw(i + 1);
    }
    if (this.isWord(i, 'TRUE') || this.isWord(i, 'FALSE')) {
      this.valueKind = 'boolean';
      this.i += 1;
      return this.raw(i).toLowerCase();
    }
    if (!inArray && this.isWord(i, 'INTERVAL') && i + 1 < this.to && kinds[i + 1] === TokenKind.String) {
      // `INTERVAL '5' SECOND` gives '5 SECOND'; `interval '1 hour 30 minutes'` its text.
      this.valueKind = 'interval';
      const text = this.unquoted(i + 1);
      if (i + 2 < this.to && kinds[i + 2] === TokenKind.Word) {
        this.i += 3;
        return `${text} ${this.raw(i + 2).toUpperCase()}`;
      }
      this.i += 2;
      return text;
    }
    if (kind === TokenKind.Word || kind === TokenKind.Quoted || kind === TokenKind.Backtick) {
      this.valueKind = 'identifier';
      this.i += 1;
      return kind === TokenKind.Word ? this.raw(i) : this.unquoted(i);
    }
    return this.fail(
      `expected a value for option '${key}' (a string, number, true/false, identifier, INTERVAL or [array]), found ${this.describe(i)}`,
      i,
    );
  }

  /** An option key: one quoted token, or bare words and numbers joined by dots. */
  private readKey(): string {
    const i = this.i;
    if (i >= this.to) this.fail('expected an option key, found the end of the statement', i);
    const kind = this.kinds[i];
    if (isQuoted(kind)) {
      this.i++;
      return this.unquoted(i);
    }
    if (kind !== TokenKind.Word) this.fail(`expected an option key, found ${this.describe(i)}`, i);
    this.i++;
    while (
      this.isPunct(this.i, DOT) &&
      this.i + 1 < this.to &&
      (this.kinds[this.i + 1] === TokenKind.Word || this.kinds[this.i + 1] === TokenKind.Number)
    )
      this.i += 2;
    return this.text.slice(this.starts[i], this.ends[this.i - 1]);
  }
}
