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

/** Below this length a secret is replaced only where it stands as a word of its own. */
const SHORT_SECRET = 4;

/**
 * Replaces every occurrence of each secret in a text with `********`. A secret shorter
 * than 4 characters is replaced wherever it stands as a word of its own (between
 * non-alphanumeric characters or the text's ends), so a password `s` does not turn
 * `resolved` into `re********olved` while `user s denied` still hides it.
 *
 * @example
 * ```ts
 * scrubSecrets('auth failed for alice:hunter2', ['hunter2']); // 'auth failed for alice:********'
 * scrubSecrets('resolved; secret s refused', ['s']); // 'resolved; secret ******** refused'
 * ```
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = text;
  for (const secret of [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    scrubbed =
      secret.length >= SHORT_SECRET
        ? scrubbed.split(secret).join(REDACTED)
        : scrubbed.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(secret)}(?![\\p{L}\\p{N}])`, 'gu'), REDACTED);
  }
  return scrubbed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
