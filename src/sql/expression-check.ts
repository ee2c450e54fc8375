import { Char } from './char-codes.js';
import { createRequire } from 'node:module';

/** Past these bounds an expression is not handed to the grammar: its backtracking can blow up. */
const MAX_EXPRESSION = 4096;
const MAX_DEPTH = 16;

interface GrammarParser {
  parse(sql: string, options: { database: string }): { columnList: readonly string[] };
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
 * What node-sql-parser's grammar made of an expression: why it could not read it, or the
 * columns it names without a qualifier (`ts` in `ts - INTERVAL '5' SECOND`; not `k.f`,
 * which may be a struct's field).
 *
 * @example
 * ```ts
 * const read: ExpressionRead = { columns: ['ts'] };
 * ```
 */
export type ExpressionRead = { why: string } | { columns: string[] };

/** node-sql-parser names each column it saw as `select::<table or null>::<column>`. */
const UNQUALIFIED = 'select::null::';

/**
 * Reads `expression` with node-sql-parser's FlinkSQL grammar (as `SELECT expression`):
 * the unqualified columns it names, or why it could not be read. `prepared` is the
 * expression with the table's column names in backticks, so that a column named by a
 * keyword (`timestamp - INTERVAL '1' SECOND`) does not trip the grammar; the caller keeps
 * the text as written.
 *
 * @example
 * ```ts
 * checkExpression("`ts` - INTERVAL '5' SECOND"); // { columns: ['ts'] }
 * checkExpression('a +'); // { why: "node-sql-parser's grammar could not read it" }
 * ```
 */
export function checkExpression(prepared: string): ExpressionRead {
  if (prepared.length > MAX_EXPRESSION) return { why: `it is longer than ${MAX_EXPRESSION} characters` };
  if (depthOf(prepared) > MAX_DEPTH) return { why: `it nests parentheses deeper than ${MAX_DEPTH}` };
  let named: readonly string[];
  try {
    named = grammar().parse(`SELECT ${prepared}`, { database: 'FlinkSQL' }).columnList;
  } catch {
    return { why: "node-sql-parser's grammar could not read it" };
  }
  const columns: string[] = [];
  for (const entry of named) if (entry.startsWith(UNQUALIFIED)) columns.push(entry.slice(UNQUALIFIED.length));
  return { columns };
}
