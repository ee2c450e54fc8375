import { Char } from './char-codes.js';
import { createRequire } from 'node:module';

/** Past these bounds an expression is not handed to the grammar: its backtracking can blow up. */
const MAX_EXPRESSION = 4096;
const MAX_DEPTH = 16;

interface GrammarParser {
  astify(sql: string, options: { database: string }): unknown;
}

let parser: GrammarParser | undefined;

/** Loads node-sql-parser's FlinkSQL grammar on first use only: a script without expressions never pays for it. */
function grammar(): GrammarParser {
  if (!parser) {
    const { Parser } = createRequire(import.meta.url)('node-sql-parser/build/flinksql.js') as { Parser: new () => GrammarParser };
    parser = new Parser();
  }
  return parser;
}

function depthOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Char.OpenParen) deepest = Math.max(deepest, ++depth);
    else if (c === Char.CloseParen) depth--;
  }
  return deepest;
}

/**
 * Whether node-sql-parser's FlinkSQL grammar reads `expression` (as `SELECT expression`):
 * null when it does, else why not. `prepared` is the expression with the table's column
 * names in backticks, so that a column named by a keyword (`timestamp - INTERVAL '1'
 * SECOND`) does not trip the grammar; the caller keeps the text as written.
 *
 * @example
 * ```ts
 * checkExpression("`ts` - INTERVAL '5' SECOND"); // null
 * checkExpression('a +'); // 'node-sql-parser could not read it'
 * ```
 */
export function checkExpression(prepared: string): string | null {
  if (prepared.length > MAX_EXPRESSION) return `it is longer than ${MAX_EXPRESSION} characters`;
  if (depthOf(prepared) > MAX_DEPTH) return `it nests parentheses deeper than ${MAX_DEPTH}`;
  try {
    grammar().astify(`SELECT ${prepared}`, { database: 'FlinkSQL' });
    return null;
  } catch {
    return "node-sql-parser's grammar could not read it";
  }
}
