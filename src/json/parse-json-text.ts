import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Parsed JSON, or where and why it is not JSON. The reason never quotes the text.
 *
 * @example
 * ```ts
 * const parsed: JsonText = parseJsonText(text);
 * if (!parsed.ok) console.error(`${parsed.line}:${parsed.column}: ${parsed.reason}`);
 * ```
 */
export type JsonText = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

/**
 * Parses JSON text strictly. On failure it says where parsing stopped (line and column,
 * 1-based) and why, without quoting the text: the text may hold secrets.
 * (`JSON.parse` neither always positions its errors nor keeps them free of the text.)
 *
 * @example
 * ```ts
 * parseJsonText('{"a": }'); // { ok: false, line: 1, column: 7, reason: 'ValueExpected' }
 * ```
 */
export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const problems: ParseError[] = [];
    parse(text, problems, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const offset = problems[0]?.offset ?? 0;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return {
      ok: false,
      line,
      column: offset - before.lastIndexOf('\n'),
      reason: problems[0] ? printParseErrorCode(problems[0].error) : 'InvalidJson',
    };
  }
}
