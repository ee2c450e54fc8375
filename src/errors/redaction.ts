/**
 * The text shown in place of a sensitive value on every surface: errors, diagnostics,
 * log lines, CLI output, HTTP responses and rewritten SQL.
 *
 * @example
 * ```ts
 * import { REDACTED } from 'ddl-profiles';
 * console.log(REDACTED); // '********'
 * ```
 */
export const REDACTED = '********';

/**
 * Replaces every occurrence of each secret in a text with `********`. Secrets shorter
 * than 3 characters are still replaced: a test message or a store error must never carry one.
 *
 * @example
 * ```ts
 * scrubSecrets('auth failed for alice:hunter2', ['hunter2']); // 'auth failed for alice:********'
 * ```
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    scrubbed = scrubbed.split(secret).join(REDACTED);
  }
  return scrubbed;
}
