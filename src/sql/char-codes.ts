import { endianness } from 'node:os';

/**
 * The UTF-16 code units the SQL readers compare against, by name: the scanner's
 * characters and the punctuation the statement, envelope and column readers step over.
 * A `const enum`: tsc writes each use as its number, so the scanner's loop compares
 * against constants instead of loading an enum object's property for every character
 * (13% of a scan, measured). `Char` is internal to `src/sql`; the package exports none of it.
 *
 * @example
 * ```ts
 * charCodes('(')[0] === Char.OpenParen; // true
 * ```
 */
// biome-ignore lint/suspicious/noConstEnum: internal to src/sql and compiled by tsc, which inlines it; see above.
export const enum Char {
  Tab = 9,
  LineFeed = 10,
  VerticalTab = 11,
  FormFeed = 12,
  CarriageReturn = 13,
  Space = 32,
  DoubleQuote = 34,
  Dollar = 36,
  SingleQuote = 39,
  OpenParen = 40,
  CloseParen = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Semicolon = 59,
  Less = 60,
  Equals = 61,
  Greater = 62,
  UpperA = 65,
  UpperE = 69,
  UpperZ = 90,
  OpenBracket = 91,
  CloseBracket = 93,
  Underscore = 95,
  Backtick = 96,
  LowerA = 97,
  LowerE = 101,
  LowerZ = 122,
}

/**
 * A string's UTF-16 code units as a typed array, converted natively in one call. The
 * scanner reads these instead of calling `charCodeAt`: V8 (Node 20) runs String.prototype
 * methods slowly, several times slower, once any code in the process has declared
 * `class … extends String` (ioredis does), and typed-array reads are unaffected.
 * `spare`: memory no one reads any more (see `releaseTokens`), written into if it is
 * large enough.
 *
 * @example
 * ```ts
 * charCodes('a;')[1]; // 59
 * ```
 */
export function charCodes(text: string, spare?: Uint16Array): Uint16Array {
  if (endianness() === 'LE') {
    if (spare && spare.length >= text.length) {
      // Into memory a finished scan gave back: no allocation, no fresh pages to fault in.
      Buffer.from(spare.buffer, spare.byteOffset, text.length * 2).write(text, 'utf16le');
      return spare.subarray(0, text.length);
    }
    const bytes = Buffer.from(text, 'utf16le');
    // Buffer.from may hand out a slice of its shared pool: a Uint16Array needs an even offset.
    if (bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
    return new Uint16Array(Uint8Array.from(bytes).buffer, 0, text.length);
  }
  const codes = spare && spare.length >= text.length ? spare.subarray(0, text.length) : new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}
