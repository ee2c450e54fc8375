import { DdlProfilesError, type LibraryErrorCode } from '../errors/index.js';
import type { Problem } from '../resolve/index.js';

/**
 * Turns validation problems into the exception a lifecycle call throws: the code, a
 * message that lists each problem's message (never a secret value), and the problems, data
 * and message, as `details`.
 *
 * @example
 * ```ts
 * const problems = validateProfile(registry, body);
 * if (problems.length > 0) throw validationError('PROFILE_INVALID', `profile '${body.name}'`, problems);
 * ```
 */
export function validationError(code: LibraryErrorCode, subject: string, problems: readonly Problem[]): DdlProfilesError {
  // Each message names what it is about (messageOf words it so): it is listed as it is.
  const list = problems.map((p) => `${p.code} ${p.message}`).join('; ');
  return new DdlProfilesError(code, `${subject} is not valid: ${list}`, { problems: [...problems] });
}
