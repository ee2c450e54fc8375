import type { ScanProblem, Token } from './scanner.js';
import { unquote } from './scanner.js';
import type { LineIndex } from './source-span.js';
import type { OptionValueKind, TableDefinition, TableOption } from './table-definition.js';

/** The outcome of reading one statement's tokens as a CREATE TABLE. */
export type TableParse =
  | { kind: 'not_a_table' }
  | { kind: 'table'; table: Omit<TableDefinition, 'columns' | 'columnsNote'> }
  | { kind: 'error'; problem: ScanProblem };

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Reads the envelope of a `CREATE [TEMPORARY] TABLE [IF NOT EXISTS] name (…) … WITH (…)`
 * from a statement's tokens `[from, to)`. Anything else, including `CREATE TABLE … AS
 * SELECT` and `CREATE TABLE … LIKE`, is `not_a_table`. Iterative: nesting depth costs
 * no stack.
 *
 * @example
 * ```ts
 * const { tokens } = scan(sql);
 * const parsed = parseCreateTable(sql, tokens, 0, tokens.length, new LineIndex(sql));
 * ```
 */
export function parseCreateTable(text: string, tokens: readonly Token[], from: number, to: number, lines: LineIndex): TableParse {
  let i = from;
  const raw = (t: Token): string => text.slice(t.start, t.end);
  const isWord = (t: Token | undefined, word: string): boolean =>
    t !== undefined && t.kind === 'word' && t.end - t.start === word.length && raw(t).toUpperCase() === word;
  const isPunct = (t: Token | undefined, p: string): boolean => t !== undefined && t.kind === 'punct' && raw(t) === p;
  const at = (index: number): Token | undefined => (index < to ? tokens[index] : undefined);
  const endOffset = to > from ? tokens[to - 1].end : text.length;
  const fail = (message: string, token: Token | undefined): never => {
    throw new SyntaxProblem(message, token ? token.start : endOffset);
  };
  const describe = (t: Token | undefined): string => (t ? `'${raw(t).slice(0, 40)}'` : 'the end of the statement');

  if (!isWord(at(i), 'CREATE')) return { kind: 'not_a_table' };
  i++;
  const temporary = isWord(at(i), 'TEMPORARY');
  if (temporary) i++;
  if (!isWord(at(i), 'TABLE')) return { kind: 'not_a_table' };
  i++;
  let ifNotExists = false;
  if (isWord(at(i), 'IF') && isWord(at(i + 1), 'NOT') && isWord(at(i + 2), 'EXISTS')) {
    ifNotExists = true;
    i += 3;
  }

  try {
    // Table name: identifier parts joined by dots.
    const nameStart = at(i);
    const parts: string[] = [];
    for (;;) {
      const t = at(i);
      if (!t || (t.kind !== 'word' && t.kind !== 'quoted' && t.kind !== 'backtick')) fail(`expected a table name, found ${describe(t)}`, t);
      parts.push(t!.kind === 'word' ? raw(t!) : unquote(raw(t!)));
      i++;
      if (!isPunct(at(i), '.')) break;
      i++;
    }
    const nameEnd = tokens[i - 1].end;
    if (!isPunct(at(i), '(')) return { kind: 'not_a_table' };

    // Column list: up to the matching parenthesis.
    const open = tokens[i];
    let depth = 0;
    let close = -1;
    for (let j = i; j < to; j++) {
      const t = tokens[j];
      if (t.kind !== 'punct') continue;
      const p = text.charCodeAt(t.start);
      if (p === 40) depth++;
      else if (p === 41 && --depth === 0) {
        close = j;
        break;
      }
    }
    if (close < 0) fail("the column list's '(' is never closed", open);
    const columnsText = text.slice(open.end, tokens[close].start);
    i = close + 1;

    // Skip PARTITIONED BY (…), COMMENT '…' and the like up to WITH at depth 0.
    depth = 0;
    while (i < to && !(depth === 0 && isWord(tokens[i], 'WITH') && isPunct(at(i + 1), '('))) {
      if (isPunct(tokens[i], '(')) depth++;
      else if (isPunct(tokens[i], ')')) depth--;
      i++;
    }
    const options: TableOption[] = [];
    let withSpan = null;
    if (i < to) {
      const withOpen = tokens[i + 1];
      i += 2;
      if (isPunct(at(i), ')')) i++;
      else {
        for (;;) {
          const option = readOption();
          options.push(option);
          const sep = at(i);
          if (isPunct(sep, ',')) {
            i++;
            if (isPunct(at(i), ')')) fail("expected an option after ',', found ')'", at(i));
            continue;
          }
          if (isPunct(sep, ')')) {
            i++;
            break;
          }
          fail(`expected ',' or ')' after the value of option '${option.key}', found ${describe(sep)}`, sep);
        }
      }
      withSpan = lines.span(withOpen.start, tokens[i - 1].end);
    }
    return {
      kind: 'table',
      table: {
        name: parts.join('.'),
        nameSpan: lines.span(nameStart!.start, nameEnd),
        temporary,
        ifNotExists,
        columnsText,
        options,
        withSpan,
      },
    };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { kind: 'error', problem: { message: error.message, offset: error.offset } };
    throw error;
  }

  function readKey(): { key: string; start: number; end: number } {
    const first = at(i);
    if (!first) fail('expected an option key, found the end of the statement', first);
    if (first!.kind === 'string' || first!.kind === 'quoted' || first!.kind === 'backtick') {
      i++;
      return { key: unquote(raw(first!)), start: first!.start, end: first!.end };
    }
    if (first!.kind !== 'word') fail(`expected an option key, found ${describe(first)}`, first);
    const parts = [raw(first!)];
    i++;
    while (isPunct(at(i), '.') && (at(i + 1)?.kind === 'word' || at(i + 1)?.kind === 'number')) {
      parts.push(raw(tokens[i + 1]));
      i += 2;
    }
    return { key: parts.join('.'), start: first!.start, end: tokens[i - 1].end };
  }

  function readOption(): TableOption {
    const key = readKey();
    const eq = at(i);
    if (!isPunct(eq, '=')) fail(`expected '=' after option key '${key.key}', found ${describe(eq)}`, eq);
    i++;
    const v = at(i);
    let value: string;
    let valueKind: OptionValueKind;
    let valueEnd: number;
    if (!v) fail(`expected a value for option '${key.key}', found the end of the statement`, v);
    if (v!.kind === 'string') {
      value = unquote(raw(v!));
      valueKind = 'string';
      valueEnd = v!.end;
      i++;
    } else if (v!.kind === 'number' || ((isPunct(v, '-') || isPunct(v, '+')) && at(i + 1)?.kind === 'number' && at(i + 1)!.start === v!.end)) {
      const numberToken = v!.kind === 'number' ? v! : tokens[i + 1];
      valueEnd = numberToken.end;
      value = text.slice(v!.start, valueEnd).replace(/^\+/, '');
      valueKind = 'number';
      i += v!.kind === 'number' ? 1 : 2;
    } else if (isWord(v, 'TRUE') || isWord(v, 'FALSE')) {
      value = raw(v!).toLowerCase();
      valueKind = 'boolean';
      valueEnd = v!.end;
      i++;
    } else if (isWord(v, 'INTERVAL') && at(i + 1)?.kind === 'string' && at(i + 2)?.kind === 'word') {
      value = `${unquote(raw(tokens[i + 1]))} ${raw(tokens[i + 2]).toUpperCase()}`;
      valueKind = 'interval';
      valueEnd = tokens[i + 2].end;
      i += 3;
    } else {
      return fail(`expected a value for option '${key.key}' (a string, number, true/false or INTERVAL), found ${describe(v)}`, v);
    }
    return {
      key: key.key,
      keySpan: lines.span(key.start, key.end),
      value,
      valueKind,
      valueText: text.slice(v!.start, valueEnd),
      valueSpan: lines.span(v!.start, valueEnd),
    };
  }
}
