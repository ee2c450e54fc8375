/**
 * Whether a URL carries no password in its user part (`scheme://user:password@host`).
 * A password there would show wherever the URL does (options, rewritten SQL, CLI and
 * HTTP output), since a URL is not a secret field: it belongs in the connector's
 * password field, which is.
 *
 * @example
 * ```ts
 * const address = z.string().refine(hasNoPassword, { message: PASSWORD_IN_URL });
 * hasNoPassword('redis://cache:6379');          // true
 * hasNoPassword('redis://:hunter2@cache:6379'); // false
 * ```
 */
export function hasNoPassword(url: string): boolean {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  const at = authority.lastIndexOf('@');
  return at < 0 || !authority.slice(0, at).includes(':');
}

/**
 * The message for a URL refused by {@link hasNoPassword}; it never quotes the URL.
 *
 * @example
 * ```ts
 * z.url().refine(hasNoPassword, { message: PASSWORD_IN_URL });
 * ```
 */
export const PASSWORD_IN_URL =
  'the URL carries a password, which would show wherever the URL does: put it in the password field, which is kept secret';
