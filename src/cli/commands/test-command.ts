import type { ProfileDefinition, TestResult } from '../../index.js';
import { MAX_TEST_DEADLINE_MS } from '../../testing/test-result.js';
import { readEnvFile, readJsonArgument, type CliIo } from '../cli-io.js';
import { wholeNumberOption } from '../number-option.js';
import { parseOptions } from '../parse-options.js';
import { renderStep, renderVerdict } from '../render-test.js';
import { UsageError } from '../usage-error.js';

/** `ddl-profiles test --help`. */
export const TEST_USAGE = `usage: ddl-profiles test --connector C --config @FILE.json|JSON [--env-file ENV] [--deadline-ms N] [--json]
Tests a draft profile live, without saving it: each step is printed as it ends.
Exit status: 0 when the test passes, 1 when it fails.`;

/**
 * Prints a test's steps as they end (or its verdict as JSON) and returns the exit code.
 *
 * @example
 * ```ts
 * return runAndPrint((onStep) => testProfile(draft, { onStep }), io, false);
 * ```
 */
export async function runAndPrint(run: (onStep: (step: Parameters<typeof renderStep>[0]) => void) => Promise<TestResult>, io: CliIo, json: boolean): Promise<number> {
  const result = await run((step) => {
    if (!json) io.out(renderStep(step));
  });
  io.out(json ? JSON.stringify(result, null, 2) : renderVerdict(result));
  return result.ok ? 0 : 1;
}

/**
 * `ddl-profiles test --connector kafka --config @draft.json`: tests a draft profile.
 *
 * @example
 * ```ts
 * await testCommand(['--connector', 'redis', '--config', '{"address":"redis://127.0.0.1:6379"}'], processIo());
 * ```
 */
export async function testCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    connector: { type: 'string' },
    config: { type: 'string' },
    'env-file': { type: 'string' },
    'deadline-ms': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0 || !values.connector || !values.config) throw new UsageError(TEST_USAGE);
  const config = await readJsonArgument(values.config, '--config');
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new UsageError('--config must be a JSON object');
  const env = values['env-file'] ? await readEnvFile(values['env-file']) : {};
  const deadlineMs = wholeNumberOption(values['deadline-ms'], '--deadline-ms', 1, MAX_TEST_DEADLINE_MS);
  const draft: ProfileDefinition = { name: 'draft', connector: values.connector, config: config as Record<string, unknown> };
  const { testProfile } = await import('../../catalog/index.js');
  return runAndPrint((onStep) => testProfile(draft, { env, onStep, ...(deadlineMs ? { deadlineMs } : {}) }), io, values.json === true);
}
