/** A diagnostic's place and words, for marking it in the text. */
export interface Mark {
  line: number;
  column: number;
  code: string;
  message: string;
  level: 'error' | 'warning';
}

/** A piece of a line: plain text, or the token a diagnostic points at. */
export interface LinePart {
  text: string;
  mark?: Mark;
}

/** The token starting at `column` (1-based) of `line`: a quoted string, a word, or one character. */
function tokenLength(line: string, column: number): number {
  const rest = line.slice(column - 1);
  const match = /^'(?:[^']|'')*'?|^"(?:[^"]|"")*"?|^[^\s,()=;]+/.exec(rest);
  return match ? match[0].length : Math.min(1, rest.length);
}

/**
 * The lines of `text`, each cut into parts, with the token each diagnostic points at
 * marked. Marks that overlap an earlier one on a line are dropped from the text (the
 * list of diagnostics still names them).
 *
 * @example
 * ```ts
 * markLines("a = 'x'", [{ line: 1, column: 5, code: 'INVALID_VALUE', message: '…', level: 'error' }]);
 * // [{ number: 1, parts: [{ text: 'a = ' }, { text: "'x'", mark: … }] }]
 * ```
 */
export function markLines(text: string, marks: readonly Mark[]): Array<{ number: number; parts: LinePart[] }> {
  return text.split('\n').map((line, index) => {
    const number = index + 1;
    const here = marks.filter((m) => m.line === number).sort((a, b) => a.column - b.column);
    const parts: LinePart[] = [];
    let at = 1;
    for (const mark of here) {
      if (mark.column < at) continue;
      parts.push({ text: line.slice(at - 1, mark.column - 1) });
      const length = tokenLength(line, mark.column);
      parts.push({ text: line.slice(mark.column - 1, mark.column - 1 + length), mark });
      at = mark.column + length;
    }
    parts.push({ text: line.slice(at - 1) });
    return { number, parts: parts.filter((p) => p.text !== '' || p.mark) };
  });
}
