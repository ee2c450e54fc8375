/**
 * A stretch of the script: `offset` and `end` (exclusive) in UTF-16 code units, and the
 * 1-based `line` and `column` of its start. A CRLF is one line break.
 *
 * @example
 * ```ts
 * const { statements } = parseScript("CREATE TABLE t (a INT) WITH ('k' = 'v')");
 * statements[0].table!.options[0].keySpan; // { offset: 29, end: 32, line: 1, column: 30 }
 * ```
 */
export interface SourceSpan {
  offset: number;
  end: number;
  line: number;
  column: number;
}

/**
 * Turns offsets into lines and columns with one pass over the text and a binary
 * search per lookup, so positions cost O(log n) however long the script is. A lookup on
 * the line of the one before, or the next line, as in a script read in order, skips the search.
 *
 * @example
 * ```ts
 * const lines = new LineIndex('a\r\nb');
 * lines.span(3, 4); // { offset: 3, end: 4, line: 2, column: 1 }
 * ```
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The line of the last span asked for. */
  private last = 0;

  /** `text`: the text whose offsets this index turns into lines and columns, kept for reading them back. */
  constructor(readonly text: string) {
    // The engine's own search finds each break (LF, CRLF, or a lone CR): no loop over
    // every character in JavaScript.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) next = lf === cr + 1 ? lf + 1 : cr + 1;
      else next = lf + 1;
      this.starts.push(next);
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
  }

  span(offset: number, end: number): SourceSpan {
    const { starts } = this;
    // A script is read in order: the line of the last span, or the one after it, is tried first.
    let low = this.last;
    if (starts[low] > offset || (low + 1 < starts.length && starts[low + 1] <= offset)) {
      low = low + 2 < starts.length && starts[low + 1] <= offset && starts[low + 2] > offset ? low + 1 : this.lineOf(offset);
      this.last = low;
    }
    return { offset, end, line: low + 1, column: offset - starts[low] + 1 };
  }

  /** The index of the line holding `offset`, by binary search. */
  private lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
