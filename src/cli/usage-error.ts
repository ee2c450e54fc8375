/**
 * A mistake in how the command line was called: printed with a hint, exit code 2.
 *
 * @example
 * ```ts
 * throw new UsageError("missing FILE: ddl-profiles resolve FILE.sql --profiles PROFILES.json");
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The stable code of a usage error in `--json` output. */
  readonly code = 'USAGE_ERROR';
}
