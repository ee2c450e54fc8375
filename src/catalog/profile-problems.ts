import { DdlProfilesError, type LibraryErrorCode } from '../errors/index.js';
import type { Problem } from '../resolve/index.js';

/**
 * Turns validation problems into the exception a lifecycle call throws: the code, a
 * message that lists each problem (never a secret value), and the problems as `details`.
 *
 * @example
 * ```ts
 * const problems = validateProfile(registry, body);
 * if (problems.length > 0) throw validationError('PROFILE_INVALID', `profile '${body.name}'`, problems);
 * ```
 */
export function validationError(code: LibraryErrorCode, subject: string, problems: readonly Problem[]): DdlProfilesError {
  // A message that already starts with its key (`format: …`) is not given the key again.
  const list = problems
    .map((p) => (p.key && !p.message.startsWith(`${p.key}:`) ? `${p.code} ${p.key}: ${p.message}` : `${p.code} ${p.message}`))
    .join('; ');
  return new DdlProfilesError(code, `${subject} is not valid: ${list}`, {
    problems: problems.map(({ code: c, message, key, suggestion }) => ({
      code: c,
      message,
      ...(key ? { key } : {}),
      ...(suggestion ? { suggestion } : {}),
    })),
  });
}
