import { Char } from './char-codes.js';
import { TokenKind, type ScanProblem, type TokenList } from './scanner.js';
import { OptionReader } from './option-reader.js';
import { SyntaxProblem } from './token-cursor.js';
import type { LineIndex } from './source-span.js';
import type { PartitionField, TableDefinition, TableOption } from './table-definition.js';

/** The outcome of reading one statement's tokens as a CREATE TABLE. */
export type TableParse = { kind: 'not_a_table' } | { kind: 'table'; table: TableDefinition } | { kind: 'error'; problem: ScanProblem };

/**
 * Reads the envelopes of one script's statements with one reader, aimed at each
 * statement's tokens in turn: no reader is built per statement.
 *
 * `read(from, to)` reads the envelope of a `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name
 * [(…)] … [WITH (…)]` from tokens `[from, to)`, whatever follows the WITH clause (`AS
 * SELECT …`, `LIKE …`). A table without a column list must have a WITH clause before any
 * AS or LIKE: `CREATE TABLE t AS SELECT …` is `not_a_table`, as is anything else.
 * Iterative: nesting depth costs no stack, and keywords are compared without allocating.
 *
 * `findOption(from, to, key)` gives the value of one WITH option of such a table, found
 * without building the table or any positions: for a first pass that only needs, say, the
 * profile names. Undefined for anything else, a malformed one included.
 *
 * @example
 * ```ts
 * const sql = "CREATE TABLE t (a INT) WITH (topic = 'o', connection_profile = 'p')";
 * const { tokens } = scan(sql);
 * const envelopes = new TableEnvelopes(tokens, new LineIndex(sql));
 * envelopes.findOption(0, tokens.count, 'connection_profile'); // 'p'
 * envelopes.read(0, tokens.count).kind; // 'table'
 * ```
 */
export class TableEnvelopes {
  readonly #reader: EnvelopeReader;

  /** `lines`: the script's line index, which holds its text. */
  constructor(tokens: TokenList, lines: LineIndex) {
    this.#reader = new EnvelopeReader(tokens, lines);
  }

  read(from: number, to: number): TableParse {
    this.#reader.aim(from, to);
    try {
      return this.#reader.readTable();
    } catch (error) {
      if (error instanceof SyntaxProblem) return { kind: 'error', problem: { syntax: error.syntax, offset: error.offset } };
      throw error;
    }
  }

  findOption(from: number, to: number, key: string): string | undefined {
    this.#reader.aim(from, to);
    return this.#reader.findOption(key);
  }

  /** The connection a `USING CONNECTION name` clause of tokens `[from, to)` names, if the statement is a table with one. */
  findConnection(from: number, to: number): string | undefined {
    this.#reader.aim(from, to);
    return this.#reader.findConnection();
  }
}

/** The envelope reader over one statement's tokens; its WITH options are {@link OptionReader}'s. */
class EnvelopeReader extends OptionReader {
  // What {@link readHead} found, for {@link readTable}; each set by {@link aim} first.
  private temporary!: boolean;
  private ifNotExists!: boolean;
  private nameStart!: number;
  private nameEnd!: number;
  private hasColumns!: boolean;
  /**
   * The token of a Flink-style `PARTITIONED BY (col, …)` written before WITH, where Arroyo's
   * grammar refuses it (it takes Hive's `PARTITIONED BY (col TYPE, …)` there); -1 when none.
   */
  private partitionsBeforeWith!: number;
  private query!: boolean;
  /** The first token of a FLIP-529 `USING CONNECTION name` clause before WITH; -1 when none. */
  private connectionAt!: number;
  private columnsStart!: number;
  private columnsEnd!: number;

  constructor(tokens: TokenList, lines: LineIndex) {
    super(tokens, 0, 0, lines);
    this.aim(0, 0);
  }

  /** Aims the reader at a statement's tokens `[from, to)`, with nothing left of the one before. */
  aim(from: number, to: number): void {
    this.retarget(from, to);
    this.temporary = false;
    this.ifNotExists = false;
    this.nameStart = 0;
    this.nameEnd = 0;
    this.hasColumns = false;
    this.partitionsBeforeWith = -1;
    this.query = false;
    this.connectionAt = -1;
    this.columnsStart = 0;
    this.columnsEnd = 0;
  }

  /**
   * Reads `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name [(…)] …` and stops at WITH (or
   * at the end, when there is none); false when the statement is not a table.
   */
  private readHead(): boolean {
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
      if (!this.isName(this.i)) this.fail({ expected: `a table name`, found: this.found(this.i) }, this.i);
      this.i++;
      if (!this.isPunct(this.i, Char.Dot)) break;
      this.i++;
    }
    this.nameEnd = this.i;

    // Column list, up to the matching parenthesis: optional, since `CREATE TABLE t WITH (…)
    // AS SELECT …` and `… LIKE other` take their columns from elsewhere.
    this.hasColumns = this.isPunct(this.i, Char.OpenParen);
    if (this.hasColumns) {
      const open = this.i;
      this.skipBalanced(Char.OpenParen, Char.CloseParen, "the column list's '('");
      this.columnsStart = this.ends[open];
      this.columnsEnd = this.starts[this.i - 1];
    }

    // Skip PARTITIONED BY (…), COMMENT '…', STORED AS … and the like up to WITH at depth 0;
    // an AS (but STORED AS) or LIKE at depth 0 first means the statement has no WITH clause of its own.
    let depth = 0;
    while (this.i < this.to && !(depth === 0 && this.isWord(this.i, 'WITH') && this.isPunct(this.i + 1, Char.OpenParen))) {
      if (depth === 0 && this.isWord(this.i, 'STORED') && this.isWord(this.i + 1, 'AS')) {
        this.i += 2;
        continue;
      }
      if (depth === 0 && (this.isWord(this.i, 'AS') || this.isWord(this.i, 'LIKE'))) {
        this.query = true;
        this.i = this.to;
        break;
      }
      if (depth === 0 && this.connectionAt < 0 && this.isWord(this.i, 'USING') && this.isWord(this.i + 1, 'CONNECTION')) {
        this.connectionAt = this.i;
        this.i += 2;
        this.skipName('a connection name after USING CONNECTION');
        continue;
      }
      if (depth === 0 && this.partitionsBeforeWith < 0 && this.isWord(this.i, 'PARTITIONED') && this.isWord(this.i + 1, 'BY'))
        if (this.namesWithoutTypes(this.i + 2)) this.partitionsBeforeWith = this.i;
      if (this.isPunct(this.i, Char.OpenParen)) depth++;
      else if (this.isPunct(this.i, Char.CloseParen)) depth--;
      this.i++;
    }
    return this.hasColumns || this.i < this.to;
  }

  /**
   * Whether the parenthesized list at token `open` has an element that is not a column
   * definition (`name TYPE`): a bare name (`(dt)`) or a transform (`(day(ts))`), as Flink
   * writes a partition list. Arroyo's grammar reads Hive's definitions before WITH, and
   * refuses anything else there.
   */
  private namesWithoutTypes(open: number): boolean {
    if (!this.isPunct(open, Char.OpenParen)) return false;
    let depth = 0;
    for (let t = open; t < this.to; t++) {
      if (this.isPunct(t, Char.OpenParen)) depth++;
      else if (this.isPunct(t, Char.CloseParen) && --depth === 0) return false;
      const starts = depth === 1 && (t === open || this.isPunct(t, Char.Comma));
      if (
        starts &&
        this.isName(t + 1) &&
        (this.isPunct(t + 2, Char.Comma) || this.isPunct(t + 2, Char.CloseParen) || this.isPunct(t + 2, Char.OpenParen))
      )
        return true;
    }
    return false;
  }

  /** Steps over a dotted name (`catalog.db.conn`), failing with `expected` when there is none. */
  private skipName(expected: string): void {
    for (;;) {
      if (!this.isName(this.i)) this.fail({ expected, found: this.found(this.i) }, this.i);
      this.i++;
      if (!this.isPunct(this.i, Char.Dot)) return;
      this.i++;
    }
  }

  /** The dotted name's parts from token `from` up to `to`, joined by dots, each unquoted. */
  private dottedName(from: number, to: number): string {
    let name = '';
    for (let i = from; i < to; i += 2) name += (i === from ? '' : '.') + this.nameAt(i);
    return name;
  }

  /** The table name's parts joined by dots, each unquoted. */
  private name(): string {
    return this.dottedName(this.nameStart, this.nameEnd);
  }

  /** The `USING CONNECTION name` clause read by {@link readHead}: the name, its span and the clause's. */
  private connection(): TableDefinition['usingConnection'] {
    const at = this.connectionAt;
    let end = at + 3;
    while (this.isPunct(end, Char.Dot)) end += 2;
    return { name: this.dottedName(at + 2, end), nameSpan: this.span(at + 2, end - 1), clauseSpan: this.span(at, end - 1) };
  }

  readTable(): TableParse {
    if (!this.readHead()) return { kind: 'not_a_table' };
    const options: TableOption[] = [];
    let withSpan = null;
    if (this.i < this.to) {
      const withOpen = this.i + 1;
      this.i += 2;
      if (this.isPunct(this.i, Char.CloseParen)) this.i++;
      else this.readOptions(options);
      withSpan = this.span(withOpen, this.i - 1);
    }
    const partitionedBy = withSpan ? this.readPartitions() : null;
    const early = this.partitionsBeforeWith;
    // One literal, one shape: the rare misplaced clause is added after it, not spread into it.
    const table: TableDefinition = {
      name: this.name(),
      nameSpan: this.span(this.nameStart, this.nameEnd - 1),
      temporary: this.temporary,
      ifNotExists: this.ifNotExists,
      columnsText: this.text.slice(this.columnsStart, this.columnsEnd),
      columns: this.hasColumns ? null : [],
      options,
      withSpan,
      partitionedBy,
    };
    if (withSpan && early >= 0) {
      table.partitionedByBeforeWith = this.span(early, early + 1);
      table.partitionsBeforeWith = this.partitionsAt(early);
    }
    if (this.query) table.fromQuery = true;
    if (this.connectionAt >= 0) table.usingConnection = this.connection();
    return { kind: 'table', table };
  }

  /**
   * The `PARTITIONED BY (…)` clause after the WITH clause, where Arroyo's grammar reads
   * it, typed; null when there is none. The other clauses it allows there (`COMMENT '…'`,
   * `TBLPROPERTIES (…)`, …) are stepped over; an `AS` or `LIKE` at depth 0 ends the search.
   */
  private readPartitions(): PartitionField[] | null {
    let depth = 0;
    for (; this.i < this.to; this.i++) {
      if (depth === 0 && (this.isWord(this.i, 'AS') || this.isWord(this.i, 'LIKE'))) {
        this.query = true;
        return null;
      }
      if (depth === 0 && this.isWord(this.i, 'PARTITIONED') && this.isWord(this.i + 1, 'BY')) break;
      if (this.isPunct(this.i, Char.OpenParen)) depth++;
      else if (this.isPunct(this.i, Char.CloseParen)) depth--;
    }
    if (this.i >= this.to) return null;
    this.i += 2;
    return this.readPartitionList();
  }

  /** `(element, …)` of a PARTITIONED BY, from its '('. */
  private readPartitionList(): PartitionField[] {
    this.expect(Char.OpenParen, "'(' after PARTITIONED BY");
    const fields: PartitionField[] = [];
    for (;;) {
      fields.push(this.readPartitionField());
      if (!this.isPunct(this.i, Char.Comma)) break;
      this.i++;
    }
    this.expect(Char.CloseParen, "',' or ')' in PARTITIONED BY");
    return fields;
  }

  /**
   * The elements of the `PARTITIONED BY (…)` at token `at`, before WITH (Flink's place for
   * it), read as the clause after WITH is; the reader comes back to where it was.
   */
  private partitionsAt(at: number): PartitionField[] {
    const resume = this.i;
    this.i = at + 2;
    const fields = this.readPartitionList();
    this.i = resume;
    return fields;
  }

  /** One element of PARTITIONED BY: `column`, or `transform(column[, number…])`. */
  private readPartitionField(): PartitionField {
    const start = this.i;
    if (!this.isName(this.i))
      this.fail({ expected: `a column or a transform of one, such as bucket(column, 4)`, found: this.found(this.i) }, this.i);
    if (!this.isPunct(this.i + 1, Char.OpenParen)) return this.partitionField(null, this.nameAt(this.i++), [], start);
    const transform = this.nameAt(this.i);
    this.i += 2;
    if (!this.isName(this.i))
      this.fail({ expected: `a column as the first argument of ${transform}(…)`, found: this.found(this.i) }, this.i);
    const column = this.nameAt(this.i++);
    const args: number[] = [];
    while (this.isPunct(this.i, Char.Comma)) {
      this.i++;
      const negative = this.isPunct(this.i, Char.Minus);
      if (negative) this.i++;
      if (!this.isKind(this.i, TokenKind.Number))
        this.fail({ expected: `a number as a further argument of ${transform}(…)`, found: this.found(this.i) }, this.i);
      args.push(Number(this.raw(this.i++)) * (negative ? -1 : 1));
    }
    this.expect(Char.CloseParen, `',' or ')' in ${transform}(…)`);
    return this.partitionField(transform, column, args, start);
  }

  private partitionField(transform: string | null, column: string, args: number[], start: number): PartitionField {
    const text = this.text.slice(this.starts[start], this.ends[this.i - 1]);
    return { transform, column, arguments: args, text, span: this.span(start, this.i - 1) };
  }

  /** A name token's name: a bare word as written, a quoted one unquoted. */
  private nameAt(t: number): string {
    return this.kinds[t] === TokenKind.Word ? this.raw(t) : this.unquoted(t);
  }

  /** The name a `USING CONNECTION name` clause gives, read without building the table; undefined when none. */
  findConnection(): string | undefined {
    try {
      if (!this.readHead() || this.connectionAt < 0) return undefined;
      return this.connection()?.name;
    } catch (error) {
      if (error instanceof SyntaxProblem) return undefined;
      throw error;
    }
  }

  /**
   * The value of the first WITH option named `key`, read without building the table:
   * undefined when there is none, or the statement is not a table or is malformed.
   */
  findOption(key: string): string | undefined {
    try {
      if (!this.readHead() || this.i >= this.to) return undefined;
      this.i += 2;
      if (this.isPunct(this.i, Char.CloseParen)) return undefined;
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
}
