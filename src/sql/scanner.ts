import type { SyntaxDetail } from './sql-problem.js';
import { Char, charCodes } from './char-codes.js';

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
 * The tokens of a script as parallel typed arrays (kind, start and end offsets, and for
 * each `(` the index of the `)` that closes it): a 10 MB script makes no garbage per
 * token. The arrays start at `capacity` entries and double when full.
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
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** For a `(` token, the index of its `)` in the same statement (before the next `;`), or -1; for other tokens, nothing. */
  partners: Int32Array;

  /**
   * `codes`: the script's UTF-16 code units, which the token offsets index. `spare`: the
   * arrays of a list no one reads any more, reused if they hold `capacity` tokens.
   */
  constructor(
    readonly codes: Uint16Array,
    capacity = 256,
    spare?: TokenList,
  ) {
    if (spare && spare.kinds.length >= capacity) {
      this.kinds = spare.kinds;
      this.starts = spare.starts;
      this.ends = spare.ends;
      this.partners = spare.partners;
      return;
    }
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.partners = new Int32Array(capacity);
  }

  push(kind: TokenKind, start: number, end: number): void {
    if (this.count === this.kinds.length) this.grow();
    this.kinds[this.count] = kind;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  private grow(): void {
    const size = Math.max(16, this.count * 2);
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const partners = new Int32Array(size);
    partners.set(this.partners);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.partners = partners;
  }
}

/** A lexical problem: an unterminated literal or comment, or a stray character. */
export interface ScanProblem {
  syntax: SyntaxDetail;
  offset: number;
}

/** The tokens of a script (comments and white space dropped) and its lexical problems. */
export interface ScanResult {
  tokens: TokenList;
  problems: ScanProblem[];
}

// What an ASCII character can do in a token (see CLASSES).
const OTHER = 0;
const SPACE = 1;
const WORD_START = 2;
const DIGIT = 3;
const DOLLAR = 4;

const CLASSES = (() => {
  const classes = new Uint8Array(128).fill(OTHER);
  for (const c of [Char.Space, Char.Tab, Char.LineFeed, Char.CarriageReturn, Char.FormFeed, Char.VerticalTab]) classes[c] = SPACE;
  for (let c = Char.UpperA; c <= Char.UpperZ; c++) classes[c] = WORD_START;
  for (let c = Char.LowerA; c <= Char.LowerZ; c++) classes[c] = WORD_START;
  classes[Char.Underscore] = WORD_START;
  for (let c = Char.Digit0; c <= Char.Digit9; c++) classes[c] = DIGIT;
  classes[Char.Dollar] = DOLLAR;
  return classes;
})();

/** The class of the character a token may start with: past ASCII, a word but for two spaces. */
function classAt(c: number): number {
  if (c < 128) return CLASSES[c];
  return c === 0xfeff || c === 0xa0 ? SPACE : WORD_START;
}

/** `c` may be past the text's end (undefined): then false. */
function isDigit(c: number): boolean {
  return CLASSES[c] === DIGIT;
}

/** A letter, digit, `_`, `$` or any character past ASCII; false past the text's end. */
function isWordPart(c: number): boolean {
  return c > 127 || CLASSES[c] >= WORD_START;
}

/** Scans a quoted run that ends at `quote`, where a doubled quote stands for itself. */
function endOfQuoted(codes: Uint16Array, start: number, quote: number): number {
  for (let i = start + 1; i < codes.length; i++) {
    if (codes[i] !== quote) continue;
    if (codes[i + 1] !== quote) return i + 1;
    i++;
  }
  return -1;
}

/**
 * Whether a token is quoted: a `'…'` string, a `"…"` or a backtick identifier.
 *
 * @example
 * ```ts
 * isQuoted(TokenKind.Backtick); // true
 * ```
 */
export function isQuoted(kind: number): boolean {
  return kind === TokenKind.String || kind === TokenKind.Quoted || kind === TokenKind.Backtick;
}

function quotedKind(c: number): TokenKind | -1 {
  return c === Char.SingleQuote
    ? TokenKind.String
    : c === Char.DoubleQuote
      ? TokenKind.Quoted
      : c === Char.Backtick
        ? TokenKind.Backtick
        : -1;
}

const QUOTED_WHAT = ['', '', 'string literal', 'quoted identifier', 'backtick identifier'] as Array<
  Extract<SyntaxDetail, { unterminated: string }>['unterminated']
>;

/** Below this many characters, a script's arrays are not worth keeping for the next scan. */
const KEPT_FROM = 1 << 16;
/** Past this many bytes of arrays (code units, and 13 bytes a token), none are kept: a huge script pins no memory. */
const KEPT_BYTES = 16 << 20;
/** The arrays of the last script given back with {@link releaseTokens}, for the next scan. */
let spare: { tokens: TokenList; codes: Uint16Array } | undefined;

/**
 * Gives a finished scan's arrays back for the next {@link scan} to fill, sparing it the
 * allocation and the fresh pages of a large script's arrays. Call it only when nothing
 * reads `tokens` any more (parsed statements do not: they hold strings and offsets).
 * Only arrays that no one else shares are kept, only for scripts of 64 Ki characters
 * and more, and at most 16 MiB of them (a 1 MiB script's take about 5 MiB).
 *
 * @example
 * ```ts
 * const { tokens } = scan(sql);
 * // … read every statement …
 * releaseTokens(tokens);
 * ```
 */
export function releaseTokens(tokens: TokenList): void {
  // Code units of a large script have a buffer of their own (Node shares its pool only
  // among small buffers), which a view of the whole buffer offers to the next script.
  const { buffer, byteOffset } = tokens.codes;
  const units = buffer.byteLength >> 1;
  const bytes = buffer.byteLength + tokens.kinds.length * 13;
  if (byteOffset === 0 && units >= KEPT_FROM && bytes <= KEPT_BYTES) spare = { tokens, codes: new Uint16Array(buffer, 0, units) };
}

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
  // Taken, so that a scan begun before this one's tokens are given back allocates its own.
  const reuse = spare;
  spare = undefined;
  const codes = charCodes(text, reuse?.codes);
  // About one token per five characters in DDL: room for most scripts without growing.
  const tokens = new TokenList(codes, (text.length >> 2) + 16, reuse?.tokens);
  const problems: ScanProblem[] = [];
  const length = text.length;
  // The `(` tokens not closed yet; a `;` ends a statement, and leaves them unclosed.
  const open: number[] = [];
  let i = 0;
  while (i < length) {
    const c = codes[i];
    const kind = classAt(c);
    if (kind === SPACE) {
      i++;
      continue;
    }
    // Words first: most tokens of DDL are.
    if (kind === WORD_START) {
      let j = i + 1;
      while (j < length && isWordPart(codes[j])) j++;
      tokens.push(TokenKind.Word, i, j);
      i = j;
      continue;
    }
    if (c === Char.Minus && codes[i + 1] === Char.Minus) {
      while (i < length && codes[i] !== Char.LineFeed && codes[i] !== Char.CarriageReturn) i++;
      continue;
    }
    if (c === Char.Slash && codes[i + 1] === Char.Star) {
      let close = i + 2;
      while (close < length && !(codes[close] === Char.Star && codes[close + 1] === Char.Slash)) close++;
      if (close < length) {
        i = close + 2;
      } else {
        problems.push({ syntax: { unterminated: '/* comment' }, offset: i });
        i = length;
      }
      continue;
    }
    const quoted = quotedKind(c);
    if (quoted >= 0) {
      const end = endOfQuoted(codes, i, c);
      if (end < 0) {
        problems.push({ syntax: { unterminated: QUOTED_WHAT[quoted] }, offset: i });
        tokens.push(quoted as TokenKind, i, length);
        i = length;
      } else {
        tokens.push(quoted as TokenKind, i, end);
        i = end;
      }
      continue;
    }
    if (kind === DIGIT || (c === Char.Dot && isDigit(codes[i + 1]))) {
      let j = i;
      while (isDigit(codes[j])) j++;
      if (codes[j] === Char.Dot && isDigit(codes[j + 1])) {
        j++;
        while (isDigit(codes[j])) j++;
      }
      const e = codes[j];
      if (e === Char.LowerE || e === Char.UpperE) {
        let k = j + 1;
        const sign = codes[k];
        if (sign === Char.Plus || sign === Char.Minus) k++;
        if (isDigit(codes[k])) {
          while (isDigit(codes[k])) k++;
          j = k;
        }
      }
      if (isWordPart(codes[j])) {
        while (isWordPart(codes[j])) j++;
        tokens.push(TokenKind.Word, i, j);
      } else {
        tokens.push(TokenKind.Number, i, j);
      }
      i = j;
      continue;
    }
    if (c === 0) {
      problems.push({ syntax: { unexpected: 'NUL byte' }, offset: i });
      i++;
      continue;
    }
    // One punctuation character; a surrogate pair stays whole.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < length ? 2 : 1;
    tokens.push(TokenKind.Punct, i, i + width);
    const index = tokens.count - 1;
    if (c === Char.OpenParen) {
      open.push(index);
      tokens.partners[index] = -1;
    } else if (c === Char.CloseParen && open.length > 0) {
      tokens.partners[open.pop() as number] = index;
    } else if (c === Char.Semicolon) {
      open.length = 0;
    }
    i += width;
  }
  return { tokens, problems };
}
