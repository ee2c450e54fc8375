/**
 * Token kinds: bare words (identifiers and keywords), numbers, `'…'` strings, `"…"`
 * and backtick identifiers, and single punctuation characters.
 *
 * @example
 * ```ts
 * const { tokens } = scan("'x'");
 * tokens.kinds[0] === TokenKind.String; // true
 * ```
 */
export const TokenKind = { Word: 0, Number: 1, String: 2, Quoted: 3, Backtick: 4, Punct: 5 } as const;
/** One of the {@link TokenKind} values. */
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * The tokens of a script as three parallel typed arrays (kind, start, end offsets): a
 * 10 MB script makes no garbage per token.
 *
 * @example
 * ```ts
 * const { tokens } = scan("a = 'b'");
 * tokens.count; // 3
 * tokens.kinds[2] === TokenKind.String; // true
 * ```
 */
export class TokenList {
  count = 0;
  kinds = new Uint8Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);

  push(kind: TokenKind, start: number, end: number): void {
    if (this.count === this.kinds.length) {
      const size = this.count * 2;
      const kinds = new Uint8Array(size);
      kinds.set(this.kinds);
      const starts = new Int32Array(size);
      starts.set(this.starts);
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.kinds = kinds;
      this.starts = starts;
      this.ends = ends;
    }
    this.kinds[this.count] = kind;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }
}

/** A lexical problem: an unterminated literal or comment, or a stray character. */
export interface ScanProblem {
  message: string;
  offset: number;
}

/** The tokens of a script (comments and white space dropped) and its lexical problems. */
export interface ScanResult {
  tokens: TokenList;
  problems: ScanProblem[];
}

const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  DoubleQuote = 34,
  Dollar = 36,
  SingleQuote = 39,
  Star = 42,
  Plus = 43,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  UpperE = 69,
  Underscore = 95,
  Backtick = 96,
  LowerE = 101,
}

function isDigit(c: number): boolean {
  return c >= Char.Digit0 && c <= Char.Digit9;
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === Char.Underscore || c > 127;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || isDigit(c) || c === Char.Dollar;
}

function isSpace(c: number): boolean {
  return c === Char.Space || c === Char.Tab || c === Char.LineFeed || c === Char.CarriageReturn || c === 12 || c === 11 || c === 0xfeff || c === 0xa0;
}

/** Scans a quoted run that ends at `quote`, where a doubled quote stands for itself. */
function endOfQuoted(text: string, start: number, quote: number): number {
  let i = start + 1;
  const mark = text[start];
  for (;;) {
    const at = text.indexOf(mark, i);
    if (at < 0) return -1;
    if (text.charCodeAt(at + 1) === quote) {
      i = at + 2;
      continue;
    }
    return at + 1;
  }
}

function quotedKind(c: number): TokenKind | -1 {
  return c === Char.SingleQuote ? TokenKind.String : c === Char.DoubleQuote ? TokenKind.Quoted : c === Char.Backtick ? TokenKind.Backtick : -1;
}

const QUOTED_WHAT = ['', '', 'string literal', 'quoted identifier', 'backtick identifier'];

/**
 * Splits SQL text into tokens in one linear pass. It knows `'…'` strings with `''`
 * escapes, `"…"` and backtick identifiers, `--` and `/* *\/` comments, CRLF and
 * unicode. An unterminated literal becomes one token running to the end of the text,
 * with a problem at its opening quote; a NUL outside a literal is a problem too.
 *
 * @example
 * ```ts
 * scan("a = 'it''s' -- note").tokens.count; // 3: a word, '=', a string
 * ```
 */
export function scan(text: string): ScanResult {
  const tokens = new TokenList();
  const problems: ScanProblem[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === Char.Minus && text.charCodeAt(i + 1) === Char.Minus) {
      while (i < length && text.charCodeAt(i) !== Char.LineFeed && text.charCodeAt(i) !== Char.CarriageReturn) i++;
      continue;
    }
    if (c === Char.Slash && text.charCodeAt(i + 1) === Char.Star) {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        problems.push({ message: 'unterminated /* comment', offset: i });
        i = length;
      } else {
        i = close + 2;
      }
      continue;
    }
    const quoted = quotedKind(c);
    if (quoted >= 0) {
      const end = endOfQuoted(text, i, c);
      if (end < 0) {
        problems.push({ message: `unterminated ${QUOTED_WHAT[quoted]}`, offset: i });
        tokens.push(quoted as TokenKind, i, length);
        i = length;
      } else {
        tokens.push(quoted as TokenKind, i, end);
        i = end;
      }
      continue;
    }
    if (isDigit(c) || (c === Char.Dot && isDigit(text.charCodeAt(i + 1)))) {
      let j = i;
      while (isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === Char.Dot && isDigit(text.charCodeAt(j + 1))) {
        j++;
        while (isDigit(text.charCodeAt(j))) j++;
      }
      const e = text.charCodeAt(j);
      if (e === Char.LowerE || e === Char.UpperE) {
        let k = j + 1;
        const sign = text.charCodeAt(k);
        if (sign === Char.Plus || sign === Char.Minus) k++;
        if (isDigit(text.charCodeAt(k))) {
          while (isDigit(text.charCodeAt(k))) k++;
          j = k;
        }
      }
      if (isWordPart(text.charCodeAt(j))) {
        while (isWordPart(text.charCodeAt(j))) j++;
        tokens.push(TokenKind.Word, i, j);
      } else {
        tokens.push(TokenKind.Number, i, j);
      }
      i = j;
      continue;
    }
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < length && isWordPart(text.charCodeAt(j))) j++;
      tokens.push(TokenKind.Word, i, j);
      i = j;
      continue;
    }
    if (c === 0) {
      problems.push({ message: 'unexpected NUL byte', offset: i });
      i++;
      continue;
    }
    // One punctuation character; a surrogate pair stays whole.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < length ? 2 : 1;
    tokens.push(TokenKind.Punct, i, i + width);
    i += width;
  }
  return { tokens, problems };
}
