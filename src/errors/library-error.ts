import { messageOf } from './message-of.js';
import type { ProblemData } from './library-problem-data.js';

/**
 * Stable codes for failures raised as exceptions (store, lifecycle, arguments).
 * Diagnostics about a script are data, not exceptions: see `Diagnostic`.
 *
 * @example
 * ```ts
 * const code: LibraryErrorCode = 'PROFILE_IN_USE';
 * if (error instanceof DdlProfilesError && error.code === code) console.log(error.details);
 * ```
 */
export type LibraryErrorCode =
  | 'PROFILE_EXISTS'
  | 'PROFILE_NOT_FOUND'
  | 'PROFILE_IN_USE'
  | 'PROFILE_INVALID'
  | 'TABLE_EXISTS'
  | 'TABLE_NOT_FOUND'
  | 'TABLE_INVALID'
  | 'VERSION_CONFLICT'
  | 'STORE_UNAVAILABLE'
  | 'UNKNOWN_CONNECTOR'
  | 'TEST_FAILED'
  | 'INVALID_ARGUMENT'
  | 'SECRET_KEY_REQUIRED'
  | 'SECRET_KEY_UNKNOWN';

/**
 * The one exception type the library throws on purpose. Its `message` never holds a
 * secret; `details` is plain JSON-safe data (for example the names of dependent tables,
 * or the diagnostics that made a config invalid).
 *
 * @example
 * ```ts
 * import { DdlProfilesError } from 'ddl-profiles';
 * try {
 *   await catalog.profiles.delete('production-kafka');
 * } catch (error) {
 *   if (error instanceof DdlProfilesError && error.code === 'PROFILE_IN_USE') {
 *     console.log(error.details); // { tables: ['orders'] }
 *   }
 * }
 * ```
 */
export class DdlProfilesError extends Error {
  override readonly name = 'DdlProfilesError';

  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /**
   * The error for a problem with a shape: its code, the message `messageOf` renders,
   * and as `details` the problem's data (or the `details` given), with its `cause`.
   *
   * @example
   * ```ts
   * import { DdlProfilesError } from 'ddl-profiles';
   * const error = DdlProfilesError.of({ code: 'PROFILE_NOT_FOUND', profile: 'production-kafka' });
   * error.toJSON(); // { code: 'PROFILE_NOT_FOUND', message: "profile 'production-kafka' does not exist", details: { profile: 'production-kafka' } }
   * ```
   */
  static of(
    problem: Extract<ProblemData, { code: LibraryErrorCode }>,
    options: { details?: Record<string, unknown>; cause?: unknown } = {},
  ): DdlProfilesError {
    const { code, ...data } = problem;
    return new DdlProfilesError(
      code,
      messageOf(problem),
      options.details ?? data,
      'cause' in options ? { cause: options.cause } : undefined,
    );
  }

  /** The error as JSON-safe data: `{ code, message, details? }`. */
  toJSON(): { code: LibraryErrorCode; message: string; details?: Record<string, unknown> } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
