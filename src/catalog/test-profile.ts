import { createRegistry, fromArroyoProfileConfig, type Connector, type ConnectorRegistry } from '../connectors/index.js';
import { messageOf, unknownConnector } from '../errors/index.js';
import {
  closestMatch,
  flattenConfig,
  isSensitive,
  prepareProfile,
  parseConfigSide,
  realOptions,
  type MergedTable,
  type TemplateEnv,
} from '../resolve/index.js';
import type { ProfileDefinition } from '../store/profile-source.js';
import { isPlainObject } from '../json/json-object.js';
import { hintFor, runConnectorTest, type TestOptions, type TestResult } from '../testing/index.js';

/**
 * Options of {@link testProfile}: the test's bounds, plus the environment and connectors.
 *
 * @example
 * ```ts
 * const options: TestProfileOptions = { deadlineMs: 5_000, env: { KAFKA_PASSWORD: 'hunter2' } };
 * const result = await testProfile(draft, options);
 * ```
 */
export interface TestProfileOptions extends TestOptions {
  env?: TemplateEnv;
  registry?: ConnectorRegistry;
}

/** A verdict reached before any connection: the profile cannot be tested as written. */
function configFailure(connector: string, message: string, hint = hintFor('config')): TestResult {
  return {
    ok: false,
    connector,
    durationMs: 0,
    steps: [{ name: 'config', ok: false, durationMs: 0, message }],
    error: { code: 'config', message, hint, step: 'config' },
  };
}

function secretsOf(connector: Connector, config: Record<string, unknown>): string[] {
  return flattenConfig(connector, config)
    .entries.filter((entry) => isSensitive(entry.match) && typeof entry.value === 'string')
    .map((entry) => entry.value as string);
}

/**
 * Tests a draft profile live, before it is saved (the seed's `POST
 * /v1/connection_profiles/test`): it is validated and its templates filled from `env`,
 * then its connector's tester runs within the deadline. Never throws; secrets never
 * appear in the result.
 *
 * @example
 * ```ts
 * const result = await testProfile(
 *   { name: 'draft', connector: 'kafka', config: { bootstrap_servers: '127.0.0.1:9092' } },
 *   { deadlineMs: 5_000 },
 * );
 * result.ok; result.steps.map((s) => s.name); // ['dns', 'connect', 'authenticate', 'metadata']
 * ```
 */
export async function testProfile(draft: ProfileDefinition, options: TestProfileOptions = {}): Promise<TestResult> {
  const live = liveProfile(draft, options);
  return 'failure' in live ? live.failure : runTestOf(live.connector, live.config, undefined, options, live.secrets);
}

/**
 * A profile ready for a live call: its connector, its validated config with templates
 * filled from `env`, and its secrets (to scrub from every message); or, when it cannot be
 * used as written, the `config` verdict that says why.
 *
 * @example
 * ```ts
 * const live = liveProfile(draft, { env });
 * if ('failure' in live) return live.failure;
 * ```
 */
export function liveProfile(
  draft: ProfileDefinition,
  options: TestProfileOptions = {},
): { connector: Connector; config: Record<string, unknown>; secrets: string[] } | { failure: TestResult } {
  const registry = options.registry ?? createRegistry();
  const connector = registry.get(draft.connector);
  if (!connector) return { failure: configFailure(draft.connector, notRegistered(draft.connector, registry)) };
  // A draft comes in our shape or Arroyo's (its UI tests a camelCase body before saving it).
  const canonical = isPlainObject(draft.config) ? { ...draft, config: fromArroyoProfileConfig(connector, draft.config) } : draft;
  const prepared = prepareProfile(connector, canonical, { env: options.env ?? {}, lenient: false });
  const side = parseConfigSide(connector, 'profile', prepared.values.values(), prepared.deferred, { profile: draft.name });
  const problems = [...prepared.problems, ...side.problems];
  if (problems.length > 0) {
    // A profile whose only lack is the environment is fine as written: say what to pass.
    const onlyEnv = problems.every((p) => p.code === 'MISSING_ENV_VAR');
    const hint = onlyEnv
      ? 'give the test the environment its {{ NAME }} templates read (env in the API, --env-file on the command line)'
      : undefined;
    return { failure: configFailure(connector.name, problems.map((p) => p.message).join('; '), hint) };
  }
  // The values templates filled are scrubbed from the test's messages as secrets are.
  const fromEnv = [...prepared.values.values()]
    .filter((c) => c.source === 'env' && typeof c.value === 'string')
    .map((c) => c.value as string);
  return { connector, config: side.config, secrets: [...secretsOf(connector, side.config), ...fromEnv] };
}

/**
 * Tests a merged table live: its profile's steps, then its own resources (a Kafka
 * table's topic).
 *
 * @example
 * ```ts
 * const result = await testMergedTable(merged, { deadlineMs: 5_000 });
 * ```
 */
export async function testMergedTable(table: MergedTable, options: TestOptions = {}): Promise<TestResult> {
  const values = realOptions(table);
  const fromEnv = Object.keys(table.provenance)
    .filter((key) => table.provenance[key] === 'env')
    .map((key) => values[key]);
  return runTestOf(table.connector, table.config, table.config, options, fromEnv);
}

/**
 * Tests a table `resolve()` returned, live: its connector's steps with the table's
 * merged config (a Kafka table's topic, and its schema subject where its format needs
 * one). A connector that is not registered, or has no tester, is a `config` verdict.
 *
 * @example
 * ```ts
 * const { tables } = await resolve(sql, { profiles });
 * const result = await testResolvedTable(tables[0], { deadlineMs: 5_000 });
 * ```
 */
export async function testResolvedTable(
  table: { connector: string; config: Record<string, unknown> },
  options: TestProfileOptions = {},
): Promise<TestResult> {
  const registry = options.registry ?? createRegistry();
  const connector = registry.get(table.connector);
  if (!connector) return configFailure(table.connector, notRegistered(table.connector, registry));
  return runTestOf(connector, table.config, table.config, options);
}

/** The words of `UNKNOWN_CONNECTOR`, as every other surface gives them. */
function notRegistered(name: string, registry: ConnectorRegistry): string {
  return messageOf(unknownConnector(name, closestMatch(name, registry.names()), { known: registry.names() }));
}

/** Runs a connector's tester; `fromEnv`, the values templates filled, are scrubbed from its messages as secrets are. */
async function runTestOf(
  connector: Connector,
  profile: Record<string, unknown>,
  table: Record<string, unknown> | undefined,
  options: TestOptions,
  fromEnv: readonly string[] = [],
): Promise<TestResult> {
  if (!connector.tester) return configFailure(connector.name, `the ${connector.name} connector has no live test`);
  const { env: _env, registry: _registry, ...bounds } = options as TestProfileOptions;
  return runConnectorTest(
    connector.name,
    connector.tester,
    { profile, ...(table ? { table } : {}), secrets: [...secretsOf(connector, profile), ...fromEnv] },
    bounds,
  );
}
