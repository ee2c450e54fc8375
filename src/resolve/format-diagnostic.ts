import type { Diagnostic } from './diagnostic.js';

/**
 * Renders one diagnostic as `file:line:column: CODE message`, the form editors and CI
 * annotate. The message is the library's, word for word (it never holds a secret). The
 * CLI's text output and the test kit's `resolveTable` and matchers all print this form.
 *
 * @example
 * ```ts
 * formatDiagnostic('orders.sql', diagnosticAt(profileNotFound('p'), { line: 3, column: 5 }));
 * // "orders.sql:3:5: PROFILE_NOT_FOUND profile 'p' does not exist"
 * ```
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  // The message is messageOf's, suggestion included: it is printed as it is.
  return `${file}:${d.line}:${d.column}: ${d.code} ${d.message}`;
}
