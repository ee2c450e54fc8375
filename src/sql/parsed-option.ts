import type { LineIndex, SourceSpan } from './source-span.js';
import type { OptionValueKind, TableOption } from './table-definition.js';

/**
 * A WITH option as the envelope reader found it. Its positions and raw text are worked
 * out from offsets when asked for, not when read: a resolve that finds no problem never
 * asks, and a large script then costs no position objects.
 *
 * @example
 * ```ts
 * const [option] = parseScript("CREATE TABLE t (a INT) WITH (topic = 'o')").statements[0].table!.options;
 * option.valueSpan; // { offset: 37, end: 40, line: 1, column: 38 }, computed on each access
 * ```
 */
export class ParsedOption implements TableOption {
  readonly #lines: LineIndex;
  readonly #keyStart: number;
  readonly #keyEnd: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;

  constructor(
    readonly key: string,
    readonly value: string,
    readonly valueKind: OptionValueKind,
    /** The script's line index, which holds its text: the offsets below index both. */
    lines: LineIndex,
    keyStart: number,
    keyEnd: number,
    valueStart: number,
    valueEnd: number,
    readonly items?: readonly string[],
  ) {
    this.#lines = lines;
    this.#keyStart = keyStart;
    this.#keyEnd = keyEnd;
    this.#valueStart = valueStart;
    this.#valueEnd = valueEnd;
  }

  get keySpan(): SourceSpan {
    return this.#lines.span(this.#keyStart, this.#keyEnd);
  }

  get valueSpan(): SourceSpan {
    return this.#lines.span(this.#valueStart, this.#valueEnd);
  }

  get valueText(): string {
    return this.#lines.text.slice(this.#valueStart, this.#valueEnd);
  }
}
