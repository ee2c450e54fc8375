import { createHash, timingSafeEqual } from 'node:crypto';
import { parseJsonText } from '../index.js';

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Bearer tokens, each mapped to a tenant, checked in constant time: every presented
 * token is hashed and compared against every known hash with `timingSafeEqual`, so
 * neither the length nor the prefix of a guess is timed.
 *
 * @example
 * ```ts
 * const auth = new TokenAuth({ 's3cr3t-token': 'acme' });
 * auth.tenantOf('Bearer s3cr3t-token'); // 'acme'
 * auth.tenantOf('Bearer nope');         // undefined
 * ```
 */
export class TokenAuth {
  private readonly entries: Array<{ hash: Buffer; tenant: string }>;

  constructor(tokens: Readonly<Record<string, string>>) {
    this.entries = Object.entries(tokens).map(([token, tenant]) => ({ hash: digest(token), tenant }));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The tenant of an `Authorization` header's bearer token, if it is a known one. */
  tenantOf(header: string | null): string | undefined {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) return undefined;
    const presented = digest(match[1]);
    let tenant: string | undefined;
    for (const entry of this.entries) if (timingSafeEqual(entry.hash, presented)) tenant ??= entry.tenant;
    return tenant;
  }
}

/**
 * Reads tokens from text: one `TOKEN TENANT` pair per line (`#` comments allowed; a
 * token alone belongs to tenant `default`), or a JSON object `{ "TOKEN": "TENANT" }`. A
 * token given twice, or a line of more than two fields, is an error that names the line,
 * never the token.
 *
 * @example
 * ```ts
 * parseTokens('abc123 acme\n# comment\ndef456 globex'); // { abc123: 'acme', def456: 'globex' }
 * ```
 */
export function parseTokens(text: string): Record<string, string> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const parsed = parseJsonText(trimmed);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Object.values(parsed.value).some((v) => typeof v !== 'string')) {
      throw new Error(`the token list is not a JSON object of TOKEN: TENANT strings${parsed.ok ? '' : ` (line ${parsed.line}, column ${parsed.column})`}`);
    }
    return parsed.value as Record<string, string>;
  }
  // A mistake here hands a tenant's data to the wrong token: refused, and never quoting a token.
  const tokens: Record<string, string> = {};
  const lineOf = new Map<string, number>();
  trimmed.split(/\r?\n/).forEach((line, index) => {
    const content = line.replace(/#.*/, '').trim();
    if (!content) return;
    const fields = content.split(/\s+/);
    if (fields.length > 2) throw new Error(`line ${index + 1} of the token list has ${fields.length} fields; expected TOKEN TENANT`);
    const [token, tenant = 'default'] = fields;
    const earlier = lineOf.get(token);
    if (earlier !== undefined) throw new Error(`line ${index + 1} of the token list repeats the token of line ${earlier}; each token belongs to one tenant`);
    lineOf.set(token, index + 1);
    tokens[token] = tenant;
  });
  return tokens;
}
