import { createHash, timingSafeEqual } from 'node:crypto';
import { getNodeValue, parseTree } from 'jsonc-parser';
import { parseJsonText } from '../json/index.js';

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
 * A token list: each token's tenant, and each tenant's env file where the list names one
 * (a path as written, relative to the token file).
 *
 * @example
 * ```ts
 * const { tokens, envFiles } = parseTokens('tok-acme-0001 acme acme.env');
 * // tokens: { 'tok-acme-0001': 'acme' }, envFiles: { acme: 'acme.env' }
 * ```
 */
export interface TokenList {
  tokens: Record<string, string>;
  envFiles: Record<string, string>;
}

/** An error in the token list: it names the line, never a token. */
function tokenListError(line: number, problem: string): Error {
  return new Error(`line ${line} of the token list ${problem}`);
}

/** Collects entries, refusing a repeated token, a field holding `#`, and two env files for one tenant. */
class TokenListBuilder {
  // Objects without a prototype: a token such as `__proto__` is a key like any other.
  readonly list: TokenList = { tokens: Object.create(null), envFiles: Object.create(null) };
  private readonly lineOfToken = new Map<string, number>();
  private readonly lineOfEnvFile = new Map<string, number>();

  add(line: number, token: string, tenant: string, envFile: string | undefined): void {
    if ([token, tenant, envFile ?? ''].some((field) => field.includes('#'))) {
      throw tokenListError(line, "holds '#' inside a field; a comment starts at the beginning of a line or after a space");
    }
    const earlier = this.lineOfToken.get(token);
    if (earlier !== undefined) throw tokenListError(line, `repeats the token of line ${earlier}; each token belongs to one tenant`);
    this.lineOfToken.set(token, line);
    this.list.tokens[token] = tenant;
    if (envFile === undefined) return;
    const known = this.list.envFiles[tenant];
    if (known !== undefined && known !== envFile) {
      throw tokenListError(
        line,
        `gives tenant '${tenant}' another env file than line ${this.lineOfEnvFile.get(tenant)}; a tenant has one environment`,
      );
    }
    this.list.envFiles[tenant] = envFile;
    this.lineOfEnvFile.set(tenant, line);
  }
}

/** The 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A JSON token list: `{ "TOKEN": "TENANT" }` or `{ "TOKEN": { "tenant": "TENANT", "env_file": "PATH" } }`. */
function parseJsonTokens(text: string): TokenList {
  const parsed = parseJsonText(text);
  const shape = 'is not a JSON object of TOKEN: "TENANT" or TOKEN: { "tenant": "TENANT", "env_file": "PATH" }';
  if (!parsed.ok) throw tokenListError(parsed.line, shape);
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) throw tokenListError(1, shape);
  // JSON.parse keeps the last of two equal keys: walk the text to find each key's line, and refuse a repeat.
  const builder = new TokenListBuilder();
  const root = parseTree(text);
  for (const property of root?.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const line = lineAt(text, property.offset);
    const value: unknown = valueNode ? getNodeValue(valueNode) : undefined;
    const entry = typeof value === 'string' ? { tenant: value } : (value as { tenant?: unknown; env_file?: unknown } | null);
    const extra = entry && typeof entry === 'object' ? Object.keys(entry).filter((k) => k !== 'tenant' && k !== 'env_file') : [];
    if (
      !entry ||
      typeof entry.tenant !== 'string' ||
      (entry.env_file !== undefined && typeof entry.env_file !== 'string') ||
      extra.length > 0
    ) {
      throw tokenListError(line, shape);
    }
    builder.add(line, String(keyNode.value), entry.tenant, entry.env_file as string | undefined);
  }
  return builder.list;
}

/**
 * Reads tokens from text: one `TOKEN TENANT [ENV_FILE]` per line (a `#` at the start of
 * a line or after a space starts a comment; a token alone belongs to tenant `default`),
 * or a JSON object `{ "TOKEN": "TENANT" }` whose values may also be
 * `{ "tenant": "TENANT", "env_file": "PATH" }`. `ENV_FILE` is the tenant's own
 * environment for `{{ NAME }}` templates. A repeated token (JSON included), a `#` inside
 * a field, a line of more than three fields, or two env files for one tenant is an error
 * that names the line, never the token.
 *
 * @example
 * ```ts
 * parseTokens('abc123 acme acme.env\n# comment\ndef456 globex').tokens; // { abc123: 'acme', def456: 'globex' }
 * ```
 */
export function parseTokens(text: string): TokenList {
  if (text.trimStart().startsWith('{')) return parseJsonTokens(text);
  // A mistake here hands a tenant's data to the wrong token: refused, and never quoting a token.
  const builder = new TokenListBuilder();
  text.split(/\r?\n/).forEach((raw, index) => {
    const content = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!content) return;
    const fields = content.split(/\s+/);
    if (fields.length > 3) throw tokenListError(index + 1, `has ${fields.length} fields; expected TOKEN TENANT [ENV_FILE]`);
    const [token, tenant = 'default', envFile] = fields;
    builder.add(index + 1, token, tenant, envFile);
  });
  return builder.list;
}
