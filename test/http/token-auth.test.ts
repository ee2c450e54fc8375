import { describe, expect, it } from 'vitest';
import { parseTokens, TokenAuth } from '../../src/http/index.js';

describe('the token list', () => {
  it('maps each token to its tenant, with comments, blank lines, CRLF and a bare token for default', () => {
    const tokens = parseTokens('# operators\r\ntok-acme-0001 acme\r\n\r\n  tok-globex-0002   globex  # second\ntok-default-0003\n');
    expect(tokens).toEqual({ 'tok-acme-0001': 'acme', 'tok-globex-0002': 'globex', 'tok-default-0003': 'default' });
    expect(new TokenAuth(tokens).tenantOf('Bearer tok-globex-0002')).toBe('globex');
  });

  it('refuses a token given twice, or a line it cannot read, naming the line and never the token', () => {
    const twice = () => parseTokens('tok-shared-9999 acme\ntok-other-0001 initech\ntok-shared-9999 globex');
    expect(twice).toThrow('line 3 of the token list repeats the token of line 1; each token belongs to one tenant');
    expect(() => parseTokens('tok-x-0001 acme globex')).toThrow('line 1 of the token list has 3 fields; expected TOKEN TENANT');
    expect(twice).not.toThrow(/tok-shared/);
  });
});
