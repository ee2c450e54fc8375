import { DdlProfilesError } from '../errors/index.js';
import { UsageError } from './usage-error.js';

/**
 * A flag's value checked by the library's own check for the option it maps to (so the
 * flag and the option take the same values, in the same words): what the check refuses
 * is a usage error.
 *
 * @example
 * ```ts
 * const secrets = libraryOption(() => secretsModeOption(values.secrets, '--secrets'));
 * // --secrets plain: UsageError "--secrets takes redact or template, got 'plain'"
 * ```
 */
export function libraryOption<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DdlProfilesError) throw new UsageError(error.message);
    throw error;
  }
}
