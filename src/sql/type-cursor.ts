import { Char } from './char-codes.js';
import type { ColumnProblem } from './column-definition.js';
import { isFlinkReservedWord } from './flink-reserved-words.js';
import { TokenKind, type TokenList } from './scanner.js';
import type { LineIndex } from './source-span.js';
import type { SqlDialect } from './sql-dialect.js';
import { TokenCursor } from './token-cursor.js';

/** Words that start a column option: an unknown type's name stops before them. */
const OPTION_WORDS = new Set(['NOT', 'NULL', 'PRIMARY', 'METADATA', 'GENERATED', 'AS', 'COMMENT', 'CONSTRAINT']);

/**
 * What the type readers of both dialects share: the dialect, the problems found so far,
 * a type's parameters in parentheses, its time zone clause, and stepping over a type
 * that is not known.
 *
 * @example
 * ```ts
 * class Reader extends TypeCursor {
 *   precision() { return this.readNumbers()?.[0]; }
 * }
 * ```
 */
export class TypeCursor extends TokenCursor {
  protected readonly problems: ColumnProblem[] = [];

  constructor(
    tokens: TokenList,
    from: number,
    to: number,
    lines: LineIndex,
    /** The SQL the column list is written in. */
    protected readonly dialect: SqlDialect = 'arroyo',
  ) {
    super(tokens, from, to, lines);
  }

  protected problem(
    code: ColumnProblem['code'],
    severity: ColumnProblem['severity'],
    message: string,
    first: number,
    last: number,
    extra: Partial<ColumnProblem> = {},
  ): void {
    this.problems.push({ code, severity, message, span: this.span(first, last), ...extra });
  }

  /**
   * A name: a bare word (keywords included), a "quoted" or a `backticked` identifier.
   * Backticks are Flink SQL's quotes and double quotes Arroyo's; the other dialect's is
   * read too, with a warning, as is a word Flink SQL reserves, written bare.
   */
  protected readName(what: string): string {
    const t = this.i;
    if (!this.isName(t)) this.fail({ expected: what, found: this.found(t) }, t);
    this.i++;
    const kind = this.kinds[t];
    const flink = this.dialect === 'flink';
    if (kind === TokenKind.Word) {
      const name = this.raw(t);
      if (flink && isFlinkReservedWord(name)) {
        const message = `'${name}' is a reserved word of Flink SQL: its parser takes it as a name only in backticks, \`${name}\``;
        this.problem('ENGINE_REFUSES', 'warning', message, t, t);
      }
      return name;
    }
    if (kind === TokenKind.Backtick && !flink) {
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        'a `backticked` name: Arroyo\'s SQL parser takes "double quotes" around a name, not backticks',
        t,
        t,
      );
    }
    if (kind === TokenKind.Quoted && flink) {
      this.problem(
        'ENGINE_REFUSES',
        'warning',
        'a "double-quoted" name: Flink SQL\'s parser takes `backticks` around a name, not double quotes',
        t,
        t,
      );
    }
    return this.unquoted(t);
  }

  /** A type the column reader refuses, from token `first` to the one before the cursor: a problem, and no type. */
  protected invalidType(column: string, first: number, reason: string): null {
    const written = this.text.slice(this.starts[first], this.ends[this.i - 1]);
    this.problem('INVALID_COLUMN', 'error', `column '${column}': ${written}: ${reason}`, first, this.i - 1);
    return null;
  }

  /** `(n [, m …])` after a type name, or null when there is none. */
  protected readNumbers(): number[] | null {
    if (!this.isPunct(this.i, Char.OpenParen)) return null;
    this.i++;
    const numbers: number[] = [];
    for (;;) {
      const t = this.i;
      if (!this.isKind(t, TokenKind.Number) || !/^\d+$/.test(this.raw(t)))
        this.fail({ expected: `a whole number in a type's parameters`, found: this.found(t) }, t);
      numbers.push(Number(this.raw(t)));
      this.i++;
      if (this.isPunct(this.i, Char.Comma)) this.i++;
      else break;
    }
    this.expect(Char.CloseParen, "')' after a type's parameters");
    return numbers;
  }

  /** `WITH TIME ZONE` / `WITHOUT TIME ZONE` after TIME or TIMESTAMP (and, in Flink SQL, `WITH LOCAL TIME ZONE`). */
  protected readTimeZone(): 'with' | 'without' | 'local' | null {
    const t = this.i;
    const local = this.dialect === 'flink' && this.isWord(t, 'WITH') && this.isWord(t + 1, 'LOCAL');
    const zone = local ? 'local' : this.isWord(t, 'WITH') ? 'with' : this.isWord(t, 'WITHOUT') ? 'without' : null;
    const at = local ? t + 2 : t + 1;
    if (zone === null || !this.isWord(at, 'TIME') || !this.isWord(at + 1, 'ZONE')) return null;
    this.i = at + 2;
    return zone;
  }

  /** Steps over an unknown type's words, parameters and `<…>`; gives its text as written. */
  protected stepOverUnknownType(t: number): string {
    while (this.isKind(this.i, TokenKind.Word) && !OPTION_WORDS.has(this.raw(this.i).toUpperCase())) this.i++;
    if (this.isPunct(this.i, Char.Less)) this.skipBalanced(Char.Less, Char.Greater);
    if (this.isPunct(this.i, Char.OpenParen)) this.skipBalanced(Char.OpenParen, Char.CloseParen);
    return this.text.slice(this.starts[t], this.ends[this.i - 1]);
  }
}
