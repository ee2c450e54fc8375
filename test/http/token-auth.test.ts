import { describe, expect, it } from 'vitest';
import { parseTokens, TokenAuth } from '../../src/http/index.js';

describe('the token list', () => {
  it('maps each token to its tenant, with comments, blank lines, CRLF and a bare token for default', () => {
    const { tokens, envFiles } = parseTokens(
      '# operators\r\ntok-acme-0001 acme\r\n\r\n  tok-globex-0002   globex  # second\ntok-default-0003\n',
    );
    expect(tokens).toEqual({ 'tok-acme-0001': 'acme', 'tok-globex-0002': 'globex', 'tok-default-0003': 'default' });
    expect(envFiles).toEqual({});
    expect(new TokenAuth(tokens).tenantOf('Bearer tok-globex-0002')).toBe('globex');
  });

  it('reads each tenant\u2019s env file, in text and in JSON', () => {
    expect(parseTokens('tok-acme-0001 acme acme.env\ntok-acme-0002 acme\ntok-globex-0003 globex').envFiles).toEqual({ acme: 'acme.env' });
    const json = parseTokens('{"tok-acme-0001": {"tenant": "acme", "env_file": "envs/acme.env"}, "tok-globex-0002": "globex"}');
    expect(json).toEqual({ tokens: { 'tok-acme-0001': 'acme', 'tok-globex-0002': 'globex' }, envFiles: { acme: 'envs/acme.env' } });
  });

  it('refuses a token given twice, or a line it cannot read, naming the line and never the token', () => {
    const twice = () => parseTokens('tok-shared-9999 acme\ntok-other-0001 initech\ntok-shared-9999 globex');
    expect(twice).toThrow('line 3 of the token list repeats the token of line 1; each token belongs to one tenant');
    expect(() => parseTokens('tok-x-0001 acme acme.env globex')).toThrow(
      'line 1 of the token list has 4 fields; expected TOKEN TENANT [ENV_FILE]',
    );
    expect(twice).not.toThrow(/tok-shared/);
  });

  it('refuses a # inside a token rather than cutting the token short there', () => {
    const hashed = () => parseTokens('# tokens\nab#cdef-secret-77 alpha');
    expect(hashed).toThrow("line 2 of the token list holds '#' inside a field");
    expect(hashed).not.toThrow(/cdef|ab#/);
    expect(parseTokens('abcdef-77 alpha #note').tokens).toEqual({ 'abcdef-77': 'alpha' });
  });

  it('refuses a JSON token list that gives one token twice, naming the line, never the token', () => {
    const twice = () => parseTokens('{\n  "tok-json-4242": "acme",\n  "tok-json-0001": "initech",\n  "tok-json-4242": "globex"\n}');
    expect(twice).toThrow('line 4 of the token list repeats the token of line 2; each token belongs to one tenant');
    expect(twice).not.toThrow(/tok-json/);
    expect(() => parseTokens('{"tok-a-0001": 7}')).toThrow('line 1 of the token list is not a JSON object');
  });

  it('refuses two env files for one tenant', () => {
    expect(() => parseTokens('tok-a-0001 acme a.env\ntok-a-0002 acme b.env')).toThrow(
      "line 2 of the token list gives tenant 'acme' another env file than line 1",
    );
  });

  it('keeps a token named like an object property as a token', () => {
    expect(new TokenAuth(parseTokens('__proto__ acme').tokens).tenantOf('Bearer __proto__')).toBe('acme');
  });
});
