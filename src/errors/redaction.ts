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
