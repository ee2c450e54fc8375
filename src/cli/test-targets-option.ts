import { parseAllowedTestHosts, type TestTargets } from '../testing/test-targets.js';
import { UsageError } from './usage-error.js';

/** `--allow-test-hosts CIDR|PATTERN[,…]`: the option of every command that runs a live test. */
export const testTargetsOptions = {
  'allow-test-hosts': { type: 'string' },
} as const;

/**
 * The test targets `--allow-test-hosts` names, or undefined when it is not given; an
 * entry that is neither a CIDR, an address nor a host pattern is a usage error.
 *
 * @example
 * ```ts
 * readTestTargets({ 'allow-test-hosts': '10.0.0.0/8,*.kafka.internal' }); // { allow: ['10.0.0.0/8', '*.kafka.internal'] }
 * ```
 */
export function readTestTargets(values: { 'allow-test-hosts'?: string | undefined }): TestTargets | undefined {
  const text = values['allow-test-hosts'];
  if (text === undefined) return undefined;
  try {
    return { allow: parseAllowedTestHosts(text) };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
