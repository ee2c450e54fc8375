import type { Dialect, ProfileDefinition, ResolvedTable, ResolveResult, TemplateEnv, TestOptions, TestResult } from '../../index.js';
import { MAX_TEST_DEADLINE_MS } from '../../testing/test-result.js';
import { readEnvFile, readInput, readJson, readJsonArgument, type CliIo } from '../cli-io.js';
import { wholeNumberOption } from '../number-option.js';
import { pageToWire } from '../../http/wire-format.js';
import { jsonText } from '../json-output.js';
import { parseOptions } from '../parse-options.js';
import { renderResolveText } from '../render-resolve.js';
import { renderStep, renderVerdict } from '../render-test.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { readTestTargets, testTargetsOptions } from '../test-targets-option.js';
import { profilesFrom } from './resolve-command.js';
import { dialectFlag, dialectFlagValue } from '../dialect-flag.js';
import { UsageError } from '../usage-error.js';
import { TEST_USAGE } from '../usage.js';

/**
 * Prints a test's steps as they end (or its verdict as JSON) and returns the exit code.
 *
 * @example
 * ```ts
 * return runAndPrint((onStep) => testProfile(draft, { onStep }), io, false);
 * ```
 */
export async function runAndPrint(
  run: (onStep: (step: Parameters<typeof renderStep>[0]) => void) => Promise<TestResult>,
  io: CliIo,
  json: boolean,
): Promise<number> {
  const result = await run((step) => {
    if (!json) io.out(renderStep(step));
  });
  io.out(json ? jsonText(result) : renderVerdict(result));
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
    table: { type: 'string' },
    profiles: { type: 'string' },
    'env-file': { type: 'string' },
    'deadline-ms': { type: 'string' },
    json: { type: 'boolean' },
    ...dialectFlag,
    ...storeOptions,
    ...testTargetsOptions,
  });
  if (positionals.length > 0) throw new UsageError(TEST_USAGE);
  const env = values['env-file'] ? await readEnvFile(values['env-file']) : {};
  const deadlineMs = wholeNumberOption(values['deadline-ms'], '--deadline-ms', 1, MAX_TEST_DEADLINE_MS);
  const targets = readTestTargets(values);
  const bounds = { ...(deadlineMs ? { deadlineMs } : {}), ...(targets ? { targets } : {}) };
  if (values.table !== undefined) {
    if (values.connector || values.config)
      throw new UsageError(`--table tests the tables of a script; --connector and --config test a draft profile\n${TEST_USAGE}`);
    return testTables(values.table, { ...values, env, bounds, dialect: dialectFlagValue(values.dialect) }, io);
  }
  if (values.dialect !== undefined)
    throw new UsageError(`--dialect is the dialect of a --table script; a draft profile serves every dialect\n${TEST_USAGE}`);
  if (!values.connector || !values.config) throw new UsageError(TEST_USAGE);
  const config = await readJsonArgument(values.config, '--config');
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new UsageError('--config must be a JSON object');
  const draft: ProfileDefinition = { name: 'draft', connector: values.connector, config: config as Record<string, unknown> };
  const { testProfile } = await import('../../catalog/index.js');
  return runAndPrint((onStep) => testProfile(draft, { env, onStep, ...bounds }), io, values.json === true);
}

/**
 * `test --table FILE.sql`: resolves the script (profiles from --profiles, else the
 * store) and tests each table it creates, in order. A script with errors is printed as
 * `resolve` prints it, and nothing is tested.
 */
async function testTables(
  file: string,
  options: {
    profiles?: string;
    json?: boolean;
    env: TemplateEnv;
    dialect: Dialect;
    bounds: TestOptions;
    store?: string;
    'database-url'?: string;
    tenant?: string;
  },
  io: CliIo,
): Promise<number> {
  const sql = await readInput(file);
  // Loaded here, as the CLI does elsewhere: the store's modules are most of its start-up time.
  const { testResolvedTable } = await import('../../catalog/index.js');
  const { builtInRegistry, redactResult, resolve } = await import('../../resolve/index.js');
  const registry = await builtInRegistry(options.dialect);
  const run = async (resolved: ResolveResult, testOne: (table: ResolvedTable, o: TestOptions) => Promise<TestResult>): Promise<number> => {
    if (resolved.errors.length > 0 || resolved.tables.length === 0) {
      const shown = redactResult(resolved, registry);
      io.out(options.json ? jsonText(shown) : renderResolveText(file === '-' ? '<stdin>' : file, shown));
      if (resolved.errors.length === 0) io.err(`ddl-profiles: ${file} creates no table to test`);
      return 1;
    }
    const results: Array<{ table: string; result: TestResult }> = [];
    for (const table of resolved.tables) {
      if (!options.json) io.out(`table ${table.table} (${table.connector}${table.profile ? `, profile ${table.profile}` : ''})`);
      const result = await testOne(table, { ...options.bounds, onStep: (step) => (options.json ? undefined : io.out(renderStep(step))) });
      if (!options.json) io.out(renderVerdict(result));
      results.push({ table: table.table, result });
    }
    if (options.json) io.out(jsonText(pageToWire({ items: results, total: results.length }, (r) => r)));
    return results.every((r) => r.result.ok) ? 0 : 1;
  };
  if (options.profiles !== undefined) {
    const profiles = profilesFrom(await readJson(options.profiles), options.profiles);
    return run(await resolve(sql, { profiles, env: options.env, dialect: options.dialect }), (table, o) =>
      testResolvedTable(table, { ...o, registry }),
    );
  }
  return withCatalog(options as Parameters<typeof withCatalog>[0], io, async (catalog) =>
    run(await catalog.resolve(sql, { env: options.env, dialect: options.dialect }), (table, o) =>
      testResolvedTable(table, { ...o, registry: catalog.registryOf(options.dialect) }),
    ),
  );
}
