/**
 * The `ddl-profiles/testing` entry point, by name: helpers for tests of SQL scripts and
 * profiles. `resolveTable` resolves a one-table script or throws with every diagnostic;
 * `matchers` extends vitest's (or Jest's) `expect` with `toResolveWithoutErrors` and
 * `toHaveOption`. Vitest is an optional peer dependency, used for its types only.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { matchers, resolveTable } from 'ddl-profiles/testing';
 * expect.extend(matchers);
 * const orders = await resolveTable(sql, { profiles, file: 'orders.sql' });
 * expect(orders).toHaveOption('bootstrap_servers', 'kafka-broker:9092', { from: 'profile' });
 * ```
 * @packageDocumentation
 */
export { DEFAULT_SCRIPT_NAME, resolveTable, type ResolveTableOptions } from './resolve-table.js';
export {
  createMatchers,
  matchers,
  type DdlProfilesMatcherFunctions,
  type MatcherContext,
  type MatcherResult,
  type MatchersOptions,
  type OptionOrigin,
  type ScriptNameOptions,
} from './matchers.js';
export type { DdlProfilesMatchers } from './vitest-matchers.js';
