import { Char } from './char-codes.js';
import { ParsedOption } from './parsed-option.js';
import { isQuoted, TokenKind } from './scanner.js';
import type { OptionValueKind, TableOption } from './table-definition.js';
import { TokenCursor } from './token-cursor.js';

/**
 * The part of the CREATE TABLE reader that reads a WITH clause's `key = value` options:
 * keys (quoted, or bare words and numbers joined by dots) and values in every form
 * Arroyo's WITH clause takes, each with its position.
 *
 * @example
 * ```ts
 * class Reader extends OptionReader {
 *   options() { const options: TableOption[] = []; this.readOptions(options); return options; }
 * }
 * ```
 */
export class OptionReader extends TokenCursor {
  /** How the value {@link readValue} last read was written. */
  protected valueKind: OptionValueKind = 'string';
  /** The elements of the array {@link readValue} last read, if it read one. */
  protected items: string[] | undefined;

  /** `key = value` pairs up to and including the closing parenthesis. */
  protected readOptions(options: TableOption[]): void {
    do options.push(this.readOption());
    while (this.nextOption(options[options.length - 1].key));
  }

  /** After an option's value: true at a comma (another option follows), false at the closing parenthesis. */
  protected nextOption(previous: string): boolean {
    if (this.isPunct(this.i, Char.Comma)) {
      this.i++;
      if (this.isPunct(this.i, Char.CloseParen))
        this.fail({ expected: "an option after ','", found: { kind: 'punctuation', char: ')' } }, this.i);
      return true;
    }
    if (this.isPunct(this.i, Char.CloseParen)) {
      this.i++;
      return false;
    }
    return this.fail({ expected: `',' or ')' after the value of option '${previous}'`, found: this.found(this.i) }, this.i);
  }

  private readOption(): TableOption {
    const { starts, ends } = this;
    const keyStart = starts[this.i];
    const key = this.readKey();
    const keyEnd = ends[this.i - 1];
    const valueStart = this.expectValue(key);
    const value = this.readValue(key);
    const valueEnd = ends[this.i - 1];
    return new ParsedOption(key, value, this.valueKind, this.lines, keyStart, keyEnd, valueStart, valueEnd, this.items);
  }

  /** Steps over the `=` after `key`; the offset where the value starts. */
  protected expectValue(key: string): number {
    if (!this.isPunct(this.i, Char.Equals)) this.fail({ expected: `'=' after option key '${key}'`, found: this.found(this.i) }, this.i);
    this.i++;
    if (this.i >= this.to) this.fail({ expected: `a value for option '${key}'`, found: { kind: 'end' } }, this.i);
    return this.starts[this.i];
  }

  /**
   * The value that starts at the cursor, as a string; how it was written goes to
   * `valueKind`, and an array's elements to `items`. Every form Arroyo's WITH clause
   * takes: strings, numbers (signed, decimal), true/false, identifiers (bare, `"…"`,
   * `` `…` ``), intervals (`INTERVAL '5' SECOND`, `interval '1 hour 30 minutes'`) and
   * arrays of any of these but intervals (`[type, app_version]`, `['a', 'b']`).
   */
  protected readValue(key: string): string {
    const i = this.i;
    this.items = undefined;
    if (this.isPunct(i, Char.OpenBracket)) {
      const items: string[] = [];
      this.i++;
      if (!this.isPunct(this.i, Char.CloseBracket)) {
        for (;;) {
          items.push(this.readScalar(key, true));
          if (this.isPunct(this.i, Char.Comma)) this.i++;
          else if (this.isPunct(this.i, Char.CloseBracket)) break;
          else this.fail({ expected: `',' or ']' in the array value of option '${key}'`, found: this.found(this.i) }, this.i);
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
    if ((this.isPunct(i, Char.Minus) || this.isPunct(i, Char.Plus)) && this.isKind(i + 1, TokenKind.Number) && starts[i + 1] === ends[i]) {
      this.valueKind = 'number';
      this.i += 2;
      return (this.isPunct(i, Char.Minus) ? '-' : '') + this.raw(i + 1);
    }
    if (this.isWord(i, 'TRUE') || this.isWord(i, 'FALSE')) {
      this.valueKind = 'boolean';
      this.i += 1;
      return this.raw(i).toLowerCase();
    }
    if (!inArray && this.isWord(i, 'INTERVAL') && this.isKind(i + 1, TokenKind.String)) {
      // `INTERVAL '5' SECOND` gives '5 SECOND'; `interval '1 hour 30 minutes'` its text.
      this.valueKind = 'interval';
      const text = this.unquoted(i + 1);
      if (this.isKind(i + 2, TokenKind.Word)) {
        this.i += 3;
        return `${text} ${this.raw(i + 2).toUpperCase()}`;
      }
      this.i += 2;
      return text;
    }
    if (this.isName(i)) {
      this.valueKind = 'identifier';
      this.i += 1;
      return kind === TokenKind.Word ? this.raw(i) : this.unquoted(i);
    }
    return this.fail(
      { expected: `a value for option '${key}' (a string, number, true/false, identifier, INTERVAL or [array])`, found: this.found(i) },
      i,
    );
  }

  /** An option key: one quoted token, or bare words and numbers joined by dots. */
  protected readKey(): string {
    const i = this.i;
    if (i >= this.to) this.fail({ expected: 'an option key', found: { kind: 'end' } }, i);
    const kind = this.kinds[i];
    if (isQuoted(kind)) {
      this.i++;
      return this.unquoted(i);
    }
    if (kind !== TokenKind.Word) this.fail({ expected: `an option key`, found: this.found(i) }, i);
    this.i++;
    while (this.isPunct(this.i, Char.Dot) && (this.isKind(this.i + 1, TokenKind.Word) || this.isKind(this.i + 1, TokenKind.Number)))
      this.i += 2;
    return this.text.slice(this.starts[i], this.ends[this.i - 1]);
  }
}
