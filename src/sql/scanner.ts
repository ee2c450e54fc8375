/**
 * Token kinds: bare words (identifiers and keywords), numbers, `'…'` strings, `"…"`
 * and backtick identifiers, and single punctuation characters.
 */
export type TokenKind = 'word' | 'number' | 'string' | 'quoted' | 'backtick' | 'punct';

/** One token: its kind and its `[start, end)` offsets in the script. */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

/** A lexical problem: an unterminated literal or comment, or a stray character. */
export interface ScanProblem {
  message: string;
  offset: number;
}

/** The tokens of a script (comments and white space dropped) and its lexical problems. */
export interface ScanResult {
  tokens: Token[];
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
  for (;;) {
    const at = text.indexOf(String.fromCharCode(quote), i);
    if (at < 0) return -1;
    if (text.charCodeAt(at + 1) === quote) {
      i = at + 2;
      continue;
    }
    return at + 1;
  }
}

const QUOTED: Record<number, { kind: TokenKind; what: string }> = {
  [Char.SingleQuote]: { kind: 'string', what: 'string literal' },
  [Char.DoubleQuote]: { kind: 'quoted', what: 'quoted identifier' },
  [Char.Backtick]: { kind: 'backtick', what: 'backtick identifier' },
};

/**
 * Splits SQL text into tokens in one linear pass. It knows `'…'` strings with `''`
 * escapes, `"…"` and backtick identifiers, `--` and `/* *\/` comments, CRLF and
 * unicode. An unterminated literal becomes one token running to the end of the text,
 * with a problem at its opening quote; a NUL outside a literal is a problem too.
 *
 * @example
 * ```ts
 * scan("a = 'it''s' -- note").tokens.map((t) => t.kind); // ['word', 'punct', 'string']
 * ```
 */
export function scan(text: string): ScanResult {
  const tokens: Token[] = [];
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
    const quoted = QUOTED[c];
    if (quoted) {
      const end = endOfQuoted(text, i, c);
      if (end < 0) {
        problems.push({ message: `unterminated ${quoted.what}`, offset: i });
        tokens.push({ kind: quoted.kind, start: i, end: length });
        i = length;
      } else {
        tokens.push({ kind: quoted.kind, start: i, end });
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
        tokens.push({ kind: 'word', start: i, end: j });
      } else {
        tokens.push({ kind: 'number', start: i, end: j });
      }
      i = j;
      continue;
    }
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < length && isWordPart(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'word', start: i, end: j });
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
    tokens.push({ kind: 'punct', start: i, end: i + width });
    i += width;
  }
  return { tokens, problems };
}

/**
 * The value a quoted token stands for: quotes removed, doubled quotes undone.
 *
 * @example
 * ```ts
 * unquote("'it''s'"); // "it's"
 * ```
 */
export function unquote(raw: string): string {
  const quote = raw[0];
  const inner = raw.endsWith(quote) && raw.length >= 2 ? raw.slice(1, -1) : raw.slice(1);
  return inner.split(quote + quote).join(quote);
}
