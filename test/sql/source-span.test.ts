import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/sql/source-span.js';

/** Line and column of an offset, counted character by character: LF, CRLF and a lone CR each end a line. */
function counted(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

describe('LineIndex', () => {
  it('counts LF, CRLF and lone CR as one break each, as a character-by-character count does', () => {
    const pieces = ['a', 'bc', '\n', '\r\n', '\r', '\n\r', '\r\r\n', ' ', 'é'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const lines = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const { line, column } = lines.span(offset, offset);
        expect({ text, offset, line, column }).toEqual({ text, offset, ...counted(text, offset) });
      }
      // Out of order too: backwards, and jumps, past the line of the last lookup and the next.
      for (let k = 0; k <= text.length; k++) {
        const offset = Math.floor(random() * (text.length + 1));
        const { line, column } = lines.span(offset, offset);
        expect({ text, offset, line, column }).toEqual({ text, offset, ...counted(text, offset) });
      }
    }
  });

  it('places an offset on a later line of a CRLF script', () => {
    expect(new LineIndex('a\r\nb\r\ncd').span(7, 8)).toEqual({ offset: 7, end: 8, line: 3, column: 2 });
  });
});
