import { describe, expect, it } from 'vitest';
import { wholeNumberOption } from '../../src/cli/number-option.js';
import { pageQuery } from '../../src/http/api-schemas.js';
import { parseWholeNumber } from '../../src/json/index.js';

const spellings = ['0', '1', '20', '500', '501', '007', '-1', '1.5', '1e3', ' 2', '0x10', '', 'abc', '99999999999999999999'];

describe('whole numbers in text', () => {
  it('are read the same by the HTTP API and the CLI: one function decides', () => {
    for (const text of spellings) {
      const http = pageQuery.safeParse({ limit: text });
      let cli: number | undefined | 'usage error';
      try {
        cli = wholeNumberOption(text, '--limit', 1, 500);
      } catch {
        cli = 'usage error';
      }
      const expected = parseWholeNumber(text, 1, 500);
      expect(http.success ? http.data.limit : 'usage error', text).toBe(expected ?? 'usage error');
      expect(cli, text).toBe(expected ?? 'usage error');
    }
  });

  it('take digits only, within the range', () => {
    expect(spellings.map((text) => parseWholeNumber(text, 1, 500))).toEqual([
      undefined,
      1,
      20,
      500,
      undefined,
      7,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('say the same range in an HTTP 400 and a usage error', () => {
    const http = pageQuery.safeParse({ limit: '0' });
    expect(http.success ? '' : http.error.issues[0].message).toBe('takes a whole number from 1 to 500');
    expect(() => wholeNumberOption('0', '--limit', 1, 500)).toThrow("--limit takes a whole number from 1 to 500, got '0'");
  });
});
