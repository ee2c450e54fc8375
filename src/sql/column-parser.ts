import { createRequire } from 'node:module';
import { scan, TokenKind } from './scanner.js';
import type { ColumnDefinition } from './table-definition.js';

/** Columns read by the grammar, or null with the reason they stay raw text. */
export interface ColumnParse {
  columns: ColumnDefinition[] | null;
  note?: string;
}

/** Past these bounds the column grammar is not tried: its backtracking can blow up. */
const MAX_COLUMNS_TEXT = 64 * 1024;
const MAX_DEPTH = 16;

const OUTSIDE_GRAMMAR: ReadonlyArray<[RegExp, string]> = [
  [/\bWATERMARK\b/i, 'WATERMARK'],
  [/\bMETADATA\b/i, 'METADATA columns'],
  [/\bNOT\s+ENFORCED\b/i, 'PRIMARY KEY … NOT ENFORCED'],
  [/</, 'MAP, ROW, STRUCT and ARRAY types'],
  [/\bAS\b/i, 'computed columns'],
];

interface GrammarColumn {
  column?: { column?: unknown };
  definition?: { dataType?: string; length?: number; scale?: number; parentheses?: boolean };
  nullable?: { type?: string };
  resource?: string;
}

interface GrammarParser {
  astify(sql: string, options: { database: string }): unknown;
}

let parser: GrammarParser | undefined;

/** Loads the FlinkSQL grammar on first use only: planners that skip column parsing never pay for it. */
function grammar(): GrammarParser {
  if (!parser) {
    const { Parser } = createRequire(import.meta.url)('node-sql-parser/build/flinksql.js') as { Parser: new () => GrammarParser };
    parser = new Parser();
  }
  return parser;
}

function typeName(definition: GrammarColumn['definition']): string {
  const base = definition?.dataType ?? 'UNKNOWN';
  if (definition?.length === undefined) return base;
  return definition.scale === undefined ? `${base}(${definition.length})` : `${base}(${definition.length}, ${definition.scale})`;
}

function columnName(column: GrammarColumn['column']): string {
  const name = column?.column;
  if (typeof name === 'string') return name;
  const value = (name as { expr?: { value?: unknown } } | undefined)?.expr?.value;
  return String(value ?? name);
}

/** Splits column text at top-level commas, keeping each column's raw text. */
function splitColumns(text: string): string[] {
  const { tokens } = scan(text);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let t = 0; t < tokens.count; t++) {
    if (tokens.kinds[t] !== TokenKind.Punct) continue;
    const c = text[tokens.starts[t]];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, tokens.starts[t]).trim());
      start = tokens.ends[t];
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

function depthOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) deepest = Math.max(deepest, ++depth);
    else if (c === 41) depth--;
  }
  return deepest;
}

/**
 * Reads a column list with node-sql-parser's FlinkSQL grammar. What the grammar cannot
 * read (WATERMARK, METADATA, computed columns, `NOT ENFORCED` keys, MAP/ROW types) is
 * recognised up front and left as raw text with a note, never an error; so are inputs
 * too long or too deep to hand to a backtracking parser.
 *
 * @example
 * ```ts
 * parseColumns('id BIGINT NOT NULL, name VARCHAR(10)').columns;
 * // [{ name: 'id', type: 'BIGINT', nullable: false, … }, { name: 'name', type: 'VARCHAR(10)', … }]
 * parseColumns("ts TIMESTAMP(3), WATERMARK FOR ts AS ts").note; // '… WATERMARK …'
 * ```
 */
export function parseColumns(columnsText: string): ColumnParse {
  if (columnsText.trim() === '') return { columns: [] };
  if (columnsText.length > MAX_COLUMNS_TEXT) return { columns: null, note: `the column list is longer than ${MAX_COLUMNS_TEXT} characters; columns kept as raw text` };
  if (depthOf(columnsText) > MAX_DEPTH) return { columns: null, note: `the column list nests parentheses deeper than ${MAX_DEPTH}; columns kept as raw text` };
  for (const [pattern, what] of OUTSIDE_GRAMMAR) {
    if (pattern.test(columnsText)) return { columns: null, note: `${what}: not readable by the column grammar; columns kept as raw text` };
  }
  let ast: unknown;
  try {
    ast = grammar().astify(`CREATE TABLE t (${columnsText})`, { database: 'FlinkSQL' });
  } catch {
    return { columns: null, note: 'the column grammar could not read these columns; columns kept as raw text' };
  }
  const statement = (Array.isArray(ast) ? ast[0] : ast) as { create_definitions?: GrammarColumn[] };
  const definitions = (statement.create_definitions ?? []).filter((d) => d.resource === 'column');
  const texts = splitColumns(columnsText);
  if (definitions.length !== texts.length) {
    return { columns: null, note: 'the column list holds constraints the grammar reads differently; columns kept as raw text' };
  }
  return {
    columns: definitions.map((d, index) => ({
      name: columnName(d.column),
      type: typeName(d.definition),
      nullable: d.nullable?.type !== 'not null',
      text: texts[index],
    })),
  };
}
