import { Char } from './char-codes.js';
import { TokenKind, type TokenList } from './scanner.js';
import type { LineIndex, SourceSpan } from './source-span.js';
import type { FoundToken, SyntaxDetail } from './sql-problem.js';

/** The kind of a token the parser cannot read (never its text). */
const TOKEN_KIND: Record<number, Exclude<FoundToken['kind'], 'end' | 'punctuation'>> = {
  [TokenKind.Word]: 'word',
  [TokenKind.Number]: 'number',
  [TokenKind.String]: 'string literal',
  [TokenKind.Quoted]: 'double-quoted identifier',
  [TokenKind.Backtick]: 'backtick identifier',
};

/**
 * What the readers built on {@link TokenCursor} throw at the first token they cannot
 * read: a message and the offset it points at. Caught by each reader's entry point.
 *
 * @example
 * ```ts
 * throw new SyntaxProblem("expected ')'", offset);
 * ```
 */
export class SyntaxProblem extends Error {
  constructor(
    readonly syntax: SyntaxDetail,
    readonly offset: number,
  ) {
    super('syntax problem');
  }
}

/**
 * A cursor over tokens `[from, to)` of a script: the keyword, punctuation, name and
 * literal checks, the expectations and the positions the statement readers (the table
 * envelope, the column list) share. Keywords are compared on the code units, without
 * allocating; state lives in fields, so a reader allocates one object, not a closure per helper.
 *
 * @example
 * ```ts
 * class Reader extends TokenCursor {
 *   readCreate(): boolean { return this.isWord(this.i, 'CREATE'); }
 * }
 * ```
 */
export class TokenCursor {
  protected i: number;
  protected readonly kinds: Uint8Array;
  protected readonly starts: Int32Array;
  protected readonly ends: Int32Array;
  protected readonly codes: Uint16Array;
  protected readonly partners: Int32Array;
  /** The script's text, as its line index holds it. */
  protected readonly text: string;

  constructor(
    tokens: TokenList,
    protected from: number,
    protected to: number,
    /** The script's line index: positions, and the text it holds. */
    protected readonly lines: LineIndex,
  ) {
    this.i = from;
    this.text = lines.text;
    this.kinds = tokens.kinds;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.codes = tokens.codes;
    this.partners = tokens.partners;
  }

  /** Aims the cursor at tokens `[from, to)` of the same list, from their start. */
  protected retarget(from: number, to: number): void {
    this.from = from;
    this.to = to;
    this.i = from;
  }

  /** The position of tokens `first` to `last`, both included. */
  protected span(first: number, last: number): SourceSpan {
    return this.lines.span(this.starts[first], this.ends[last]);
  }

  protected raw(t: number): string {
    return this.text.slice(this.starts[t], this.ends[t]);
  }

  /**
   * The value of a quoted token, sliced once from the script (doubled quotes undone). The
   * code units are searched for a quote inside, not the string: most values have none.
   */
  protected unquoted(t: number): string {
    const { text, codes } = this;
    const start = this.starts[t];
    const end = this.ends[t];
    const quote = codes[start];
    const innerEnd = end - start >= 2 && codes[end - 1] === quote ? end - 1 : end;
    for (let k = start + 1; k < innerEnd; k++) {
      if (codes[k] !== quote) continue;
      const mark = String.fromCharCode(quote);
      return text
        .slice(start + 1, innerEnd)
        .split(mark + mark)
        .join(mark);
    }
    return text.slice(start + 1, innerEnd);
  }

  /** Whether token t is the keyword `upper` (given in upper case), in any case. */
  protected isWord(t: number, upper: string): boolean {
    const { codes, starts } = this;
    if (t >= this.to || this.kinds[t] !== TokenKind.Word || this.ends[t] - starts[t] !== upper.length) return false;
    for (let k = 0; k < upper.length; k++) {
      const c = codes[starts[t] + k];
      if ((c >= Char.LowerA && c <= Char.LowerZ ? c - 32 : c) !== upper.charCodeAt(k)) return false;
    }
    return true;
  }

  protected isPunct(t: number, code: Char): boolean {
    return t < this.to && this.kinds[t] === TokenKind.Punct && this.codes[this.starts[t]] === code;
  }

  /** Whether token t is of `kind` (and before the end). */
  protected isKind(t: number, kind: TokenKind): boolean {
    return t < this.to && this.kinds[t] === kind;
  }

  /** Whether token t can be a name: a bare word, a "quoted" or a `backticked` identifier. */
  protected isName(t: number): boolean {
    const kind = this.kinds[t];
    return t < this.to && (kind === TokenKind.Word || kind === TokenKind.Quoted || kind === TokenKind.Backtick);
  }

  /** Steps over the punctuation `code`, or fails saying `what` was expected. */
  protected expect(code: Char, what: string): void {
    if (!this.isPunct(this.i, code)) this.fail({ expected: what, found: this.found(this.i) }, this.i);
    this.i++;
  }

  /**
   * Steps from an `open` at the cursor past its matching `close`, whatever is nested
   * between; when there is none, fails at the opening token (`what` names it).
   */
  protected skipBalanced(open: Char, close: Char, what = `'${String.fromCharCode(open)}'`): void {
    const start = this.i;
    if (open === Char.OpenParen) {
      // The scanner paired each parenthesis already.
      const partner = this.partners[start];
      if (partner < start || partner >= this.to) this.fail({ unclosed: what }, start);
      this.i = partner + 1;
      return;
    }
    let depth = 0;
    for (; this.i < this.to; this.i++) {
      if (this.isPunct(this.i, open)) depth++;
      else if (this.isPunct(this.i, close) && --depth === 0) {
        this.i++;
        return;
      }
    }
    this.fail({ unclosed: what }, start);
  }

  protected fail(syntax: SyntaxDetail, t: number): never {
    const endOffset = this.to > this.from ? this.ends[this.to - 1] : this.text.length;
    throw new SyntaxProblem(syntax, t < this.to ? this.starts[t] : endOffset);
  }

  /**
   * A token the parser cannot read, described by its kind and length and never quoted:
   * in a broken statement it may well be a secret (`'auth.password' = "hunter2"`, a bare
   * `= hunter2`). Only a punctuation character, which cannot hold one, is shown.
   */
  protected found(t: number): FoundToken {
    if (t >= this.to) return { kind: 'end' };
    const kind = this.kinds[t];
    if (kind === TokenKind.Punct) return { kind: 'punctuation', char: this.raw(t) };
    return { kind: TOKEN_KIND[kind], length: this.ends[t] - this.starts[t] };
  }
}
