import { TokenKind, type ScanProblem, type TokenList } from './scanner.js';
import type { LineIndex } from './source-span.js';
import type { OptionValueKind, TableDefinition, TableOption } from './table-definition.js';

/** The outcome of reading one statement's tokens as a CREATE TABLE. */
export type TableParse =
  | { kind: 'not_a_table' }
  | { kind: 'table'; table: TableDefinition }
  | { kind: 'error'; problem: ScanProblem };

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const OPEN = 40;
const CLOSE = 41;
const COMMA = 44;
const DOT = 46;
const EQUALS = 61;
const MINUS = 45;
const PLUS = 43;

/**
 * Reads the envelope of a `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (…) … WITH (…)`
 * from a statement's tokens `[from, to)`. Anything else, including `CREATE TABLE … AS
 * SELECT` and `CREATE TABLE … LIKE`, is `not_a_table`. Iterative: nesting depth costs
 * no stack, and keywords are compared without allocating.
 *
 * @example
 * ```ts
 * const { tokens } = scan(sql);
 * const parsed = parseCreateTable(sql, tokens, 0, tokens.count, new LineIndex(sql));
 * ```
 */
export function parseCreateTable(text: string, tokens: TokenList, from: number, to: number, lines: LineIndex): TableParse {
  const { kinds, starts, ends } = tokens;
  let i = from;
  const raw = (t: number): string => text.slice(starts[t], ends[t]);
  /** The value of a quoted token, sliced once from the script (doubled quotes undone). */
  const unquoted = (t: number): string => {
    const end = ends[t];
    const closed = end - starts[t] >= 2 && text.charCodeAt(end - 1) === text.charCodeAt(starts[t]);
    const inner = text.slice(starts[t] + 1, closed ? end - 1 : end);
    const quote = text[starts[t]];
    return inner.includes(quote) ? inner.split(quote + quote).join(quote) : inner;
  };
  /** Whether token t is the keyword `upper` (given in upper case), in any case. */
  const isWord = (t: number, upper: string): boolean => {
    if (t >= to || kinds[t] !== TokenKind.Word || ends[t] - starts[t] !== upper.length) return false;
    for (let k = 0; k < upper.length; k++) {
      const c = text.charCodeAt(starts[t] + k);
      if ((c >= 97 && c <= 122 ? c - 32 : c) !== upper.charCodeAt(k)) return false;
    }
    return true;
  };
  const isPunct = (t: number, code: number): boolean => t < to && kinds[t] === TokenKind.Punct && text.charCodeAt(starts[t]) === code;
  const endOffset = to > from ? ends[to - 1] : text.length;
  const fail = (message: string, t: number): never => {
    throw new SyntaxProblem(message, t < to ? starts[t] : endOffset);
  };
  // A string literal is described, never quoted: it may be a secret in a broken statement.
  const describe = (t: number): string => (t >= to ? 'the end of the statement' : kinds[t] === TokenKind.String ? 'a string literal' : `'${raw(t).slice(0, 40)}'`);

  if (!isWord(i, 'CREATE')) return { kind: 'not_a_table' };
  i++;
  const temporary = isWord(i, 'TEMPORARY');
  if (temporary) i++;
  if (!isWord(i, 'TABLE')) return { kind: 'not_a_table' };
  i++;
  let ifNotExists = false;
  if (isWord(i, 'IF') && isWord(i + 1, 'NOT') && isWord(i + 2, 'EXISTS')) {
    ifNotExists = true;
    i += 3;
  }

  const readKey = (): { key: string; start: number; end: number } => {
    if (i >= to) fail('expected an option key, found the end of the statement', i);
    const kind = kinds[i];
    if (kind === TokenKind.String || kind === TokenKind.Quoted || kind === TokenKind.Backtick) {
      i++;
      return { key: unquoted(i - 1), start: starts[i - 1], end: ends[i - 1] };
    }
    if (kind !== TokenKind.Word) fail(`expected an option key, found ${describe(i)}`, i);
    const first = i;
    i++;
    while (isPunct(i, DOT) && i + 1 < to && (kinds[i + 1] === TokenKind.Word || kinds[i + 1] === TokenKind.Number)) i += 2;
    return { key: text.slice(starts[first], ends[i - 1]), start: starts[first], end: ends[i - 1] };
  };

  const readOption = (): TableOption => {
    const key = readKey();
    if (!isPunct(i, EQUALS)) fail(`expected '=' after option key '${key.key}', found ${describe(i)}`, i);
    i++;
    if (i >= to) fail(`expected a value for option '${key.key}', found the end of the statement`, i);
    const valueStart = starts[i];
    let value: string;
    let valueKind: OptionValueKind;
    const kind = kinds[i];
    if (kind === TokenKind.String) {
      value = unquoted(i);
      valueKind = 'string';
      i++;
    } else if (kind === TokenKind.Number) {
      value = raw(i);
      valueKind = 'number';
      i++;
    } else if ((isPunct(i, MINUS) || isPunct(i, PLUS)) && i + 1 < to && kinds[i + 1] === TokenKind.Number && starts[i + 1] === ends[i]) {
      value = (isPunct(i, MINUS) ? '-' : '') + raw(i + 1);
      valueKind = 'number';
      i += 2;
    } else if (isWord(i, 'TRUE') || isWord(i, 'FALSE')) {
      value = raw(i).toLowerCase();
      valueKind = 'boolean';
      i++;
    } else if (isWord(i, 'INTERVAL') && i + 2 < to && kinds[i + 1] === TokenKind.String && kinds[i + 2] === TokenKind.Word) {
      value = `${unquoted(i + 1)} ${raw(i + 2).toUpperCase()}`;
      valueKind = 'interval';
      i += 3;
    } else {
      return fail(`expected a value for option '${key.key}' (a string, number, true/false or INTERVAL), found ${describe(i)}`, i);
    }
    const valueEnd = ends[i - 1];
    return {
      key: key.key,
      keySpan: lines.span(key.start, key.end),
      value,
      valueKind,
      valueText: text.slice(valueStart, valueEnd),
      valueSpan: lines.span(valueStart, valueEnd),
    };
  };

  try {
    // Table name: identifier parts joined by dots.
    const nameStart = i;
    const parts: string[] = [];
    for (;;) {
      const kind = kinds[i];
      if (i >= to || (kind !== TokenKind.Word && kind !== TokenKind.Quoted && kind !== TokenKind.Backtick)) fail(`expected a table name, found ${describe(i)}`, i);
      parts.push(kind === TokenKind.Word ? raw(i) : unquoted(i));
      i++;
      if (!isPunct(i, DOT)) break;
      i++;
    }
    const nameEnd = ends[i - 1];
    if (!isPunct(i, OPEN)) return { kind: 'not_a_table' };

    // Column list: up to the matching parenthesis.
    const open = i;
    let depth = 0;
    let close = -1;
    for (let j = i; j < to; j++) {
      if (kinds[j] !== TokenKind.Punct) continue;
      const p = text.charCodeAt(starts[j]);
      if (p === OPEN) depth++;
      else if (p === CLOSE && --depth === 0) {
        close = j;
        break;
      }
    }
    if (close < 0) fail("the column list's '(' is never closed", open);
    const columnsText = text.slice(ends[open], starts[close]);
    i = close + 1;

    // Skip PARTITIONED BY (…), COMMENT '…' and the like up to WITH at depth 0.
    depth = 0;
    while (i < to && !(depth === 0 && isWord(i, 'WITH') && isPunct(i + 1, OPEN))) {
      if (isPunct(i, OPEN)) depth++;
      else if (isPunct(i, CLOSE)) depth--;
      i++;
    }
    const options: TableOption[] = [];
    let withSpan = null;
    if (i < to) {
      const withOpen = i + 1;
      i += 2;
      if (isPunct(i, CLOSE)) i++;
      else {
        for (;;) {
          const option = readOption();
          options.push(option);
          if (isPunct(i, COMMA)) {
            i++;
            if (isPunct(i, CLOSE)) fail("expected an option after ',', found ')'", i);
            continue;
          }
          if (isPunct(i, CLOSE)) {
            i++;
            break;
          }
          fail(`expected ',' or ')' after the value of option '${option.key}', found ${describe(i)}`, i);
        }
      }
      withSpan = lines.span(starts[withOpen], ends[i - 1]);
    }
    return {
      kind: 'table',
      table: { name: parts.join('.'), nameSpan: lines.span(starts[nameStart], nameEnd), temporary, ifNotExists, columnsText, columns: null, options, withSpan },
    };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { kind: 'error', problem: { message: error.message, offset: error.offset } };
    throw error;
  }
}
