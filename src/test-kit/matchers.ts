import { inspect, isDeepStrictEqual } from 'node:util';
import { createRegistry, type Connector, type ConnectorRegistry } from '../connectors/index.js';
import { REDACTED } from '../errors/redaction.js';
import { flattenConfig } from '../resolve/flatten-config.js';
import { formatDiagnostic } from '../resolve/format-diagnostic.js';
import { redactConfig } from '../resolve/redact-config.js';
import type { Provenance, ResolvedTable, ResolveResult } from '../resolve/resolved-table.js';
import { isRedacted } from '../resolve/sensitive-keys.js';
import { DEFAULT_SCRIPT_NAME } from './resolve-table.js';

/**
 * What a matcher reads of the `this` vitest (or Jest) calls it with: whether the assertion
 * is negated (`.not`), and the runner's deep equality, which understands asymmetric
 * matchers such as `expect.any(Number)`. Without `equals`, Node's `isDeepStrictEqual` is used.
 *
 * @example
 * ```ts
 * import { matchers, type MatcherContext } from 'ddl-profiles/testing';
 * const context: MatcherContext = { isNot: false };
 * matchers.toResolveWithoutErrors.call(context, result).pass; // true when result.errors is empty
 * ```
 */
export interface MatcherContext {
  isNot?: boolean;
  equals?: (a: unknown, b: unknown) => boolean;
}

/**
 * A matcher's verdict, as `expect.extend` takes it: `message` words the failure of the
 * assertion as written (with `.not` or without), and never holds a secret value.
 *
 * @example
 * ```ts
 * import { matchers, type MatcherResult } from 'ddl-profiles/testing';
 * const verdict: MatcherResult = matchers.toHaveOption.call({}, table, 'topic', 'orders');
 * if (!verdict.pass) console.log(verdict.message());
 * ```
 */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/**
 * Options of `toResolveWithoutErrors`: the name the script is given in its diagnostic
 * lines (default `<sql>`).
 *
 * @example
 * ```ts
 * import type { ScriptNameOptions } from 'ddl-profiles/testing';
 * const named: ScriptNameOptions = { file: 'orders.sql' };
 * ```
 */
export interface ScriptNameOptions {
  file?: string;
}

/**
 * Options of `toHaveOption`: `from`, the origin the value must have been recorded with in
 * the table's `provenance` (`'profile'`, `'table'`, `'default'` or `'env'`).
 *
 * @example
 * ```ts
 * import type { OptionOrigin } from 'ddl-profiles/testing';
 * const fromProfile: OptionOrigin = { from: 'profile' };
 * ```
 */
export interface OptionOrigin {
  from?: Provenance;
}

/**
 * Options of {@link createMatchers}: the registry the tables were resolved with, which says
 * which of a connector's values are secret. A table of a connector it does not know has
 * every value hidden in messages.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { createMatchers, type MatchersOptions } from 'ddl-profiles/testing';
 * const options: MatchersOptions = { registry };
 * expect.extend(createMatchers(options));
 * ```
 */
export interface MatchersOptions {
  registry?: ConnectorRegistry;
}

/**
 * The matchers `expect.extend` takes, as plain functions (a type, not an interface, so it
 * fits `expect.extend`'s record of matchers): `toResolveWithoutErrors` on a
 * resolve result, `toHaveOption` on a resolved table.
 *
 * @example
 * ```ts
 * import { createMatchers, type DdlProfilesMatcherFunctions } from 'ddl-profiles/testing';
 * const functions: DdlProfilesMatcherFunctions = createMatchers();
 * ```
 */
export type DdlProfilesMatcherFunctions = {
  /**
   * Passes when a resolve result has no error diagnostic. Its failure lists each one as
   * `file:line:column: CODE message`.
   *
   * @example
   * ```ts
   * import { expect } from 'vitest';
   * expect(await resolve(sql, { profiles })).toResolveWithoutErrors({ file: 'orders.sql' });
   * ```
   */
  toResolveWithoutErrors(this: MatcherContext, received: unknown, options?: ScriptNameOptions): MatcherResult;
  /**
   * Passes when a resolved table's merged `config` holds `key` (its canonical SQL key, as
   * in `options` and `provenance`, or a path into `config` such as `authentication`) with
   * a value deeply equal to `value` (typed, as in `config`), and, with `from`, when its
   * `provenance` records that origin. `.not` passes when any of these does not hold.
   *
   * @example
   * ```ts
   * import { expect } from 'vitest';
   * expect(table).toHaveOption('bootstrap_servers', 'kafka-broker:9092', { from: 'profile' });
   * ```
   */
  toHaveOption(this: MatcherContext, received: unknown, key: string, value: unknown, origin?: OptionOrigin): MatcherResult;
};

/** The received value as a resolve result, or a TypeError saying what it is instead. */
function asResolveResult(received: unknown): ResolveResult {
  if (isPromise(received)) {
    throw new TypeError('toResolveWithoutErrors: received a Promise; await resolve(…) first, or use expect(promise).resolves');
  }
  const result = received as Partial<ResolveResult> | null;
  if (typeof result !== 'object' || result === null || !Array.isArray(result.errors) || !Array.isArray(result.tables)) {
    throw new TypeError(`toResolveWithoutErrors: expected a resolve result ({ tables, errors, … }), received ${kindOf(received)}`);
  }
  return result as ResolveResult;
}

/** The received value as a resolved table, or a TypeError saying what it is instead. */
function asResolvedTable(received: unknown): ResolvedTable {
  if (isPromise(received)) {
    throw new TypeError('toHaveOption: received a Promise; await resolveTable(…) first, or use expect(promise).resolves');
  }
  const table = received as Partial<ResolvedTable> | null;
  if (
    typeof table !== 'object' ||
    table === null ||
    typeof table.config !== 'object' ||
    table.config === null ||
    typeof table.provenance !== 'object' ||
    typeof table.connector !== 'string'
  ) {
    const hint = Array.isArray((table as Partial<ResolveResult> | null)?.tables) ? ' (a resolve result: take one of its tables)' : '';
    throw new TypeError(
      `toHaveOption: expected a resolved table ({ table, connector, config, provenance, … }), received ${kindOf(received)}${hint}`,
    );
  }
  return table as ResolvedTable;
}

function isPromise(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** What a value is, in a word, for a TypeError: never the value itself, which may be a secret. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function show(value: unknown): string {
  return value === REDACTED ? REDACTED : inspect(value, { depth: 6, breakLength: Number.POSITIVE_INFINITY });
}

/** One value of a table's config under a key, as it may be shown: real, or `********`. */
interface FoundOption {
  key: string;
  found: boolean;
  value: unknown;
  shown: unknown;
  /** Whether values under this key are hidden in messages: the expected one as well as the real one. */
  secret: boolean;
}

/** Walks a dotted path into a nested object, one segment at a time. */
function atPath(node: unknown, path: readonly string[]): { found: boolean; value: unknown } {
  let at = node;
  for (const name of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, name)) return { found: false, value: undefined };
    at = (at as Record<string, unknown>)[name];
  }
  return { found: at !== undefined, value: at };
}

/**
 * The value of `key` in a table's config: by the connector's own canonical SQL key (an
 * alias is taken to its canonical key), else as a dotted path into `config`. Whether it is
 * secret is the library's redaction's verdict: a sensitive field, a secret-looking map
 * entry, a value filled from a template, or any value of a connector nobody registered.
 */
function findOption(connector: Connector | undefined, table: ResolvedTable, key: string): FoundOption {
  const match = connector?.fields.match(key);
  const canonical = match?.key ?? key;
  if (connector) {
    for (const entry of flattenConfig(connector, table.config).entries) {
      if (entry.key !== canonical) continue;
      const secret = isRedacted(entry.match, table.provenance[entry.key]);
      return { key: canonical, found: true, value: entry.value, shown: secret ? REDACTED : entry.value, secret };
    }
  }
  const keySecret = !connector || (match !== undefined && isRedacted(match, table.provenance[canonical]));
  // A field of the connector that the config does not hold: its SQL key is no path into `config` (`target.key_prefix` is `key_prefix`).
  if (match) return { key: canonical, found: false, value: undefined, shown: undefined, secret: keySecret };
  const path = key.split('.');
  const real = atPath(table.config, path);
  if (!real.found) return { key: canonical, found: false, value: undefined, shown: undefined, secret: keySecret };
  const shown = atPath(redactConfig(connector, table.config, table.provenance), path).value;
  const secret = keySecret || !isDeepStrictEqual(shown, real.value);
  return { key: canonical, found: true, value: real.value, shown, secret };
}

/**
 * Makes the matchers for a registry of connectors (default: the built-in ones), for
 * tables resolved with a registry of your own: its connectors' secret fields are then
 * hidden in messages as the library hides them everywhere.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { createMatchers } from 'ddl-profiles/testing';
 * expect.extend(createMatchers({ registry }));
 * ```
 */
export function createMatchers(options: MatchersOptions = {}): DdlProfilesMatcherFunctions {
  let registry = options.registry;
  const connectorOf = (name: string): Connector | undefined => (registry ??= createRegistry()).get(name);
  return {
    toResolveWithoutErrors(this: MatcherContext, received: unknown, options: ScriptNameOptions = {}): MatcherResult {
      const result = asResolveResult(received);
      const file = options.file ?? DEFAULT_SCRIPT_NAME;
      const pass = result.errors.length === 0;
      const message = pass
        ? () => `expected ${file} to have errors, but it resolved without any (${result.tables.length} table(s))`
        : () =>
            [
              `expected ${file} to resolve without errors, but it has ${result.errors.length}:`,
              ...result.errors.map((d) => `  ${formatDiagnostic(file, d)}`),
            ].join('\n');
      return { pass, message };
    },

    toHaveOption(this: MatcherContext, received: unknown, key: string, value: unknown, origin: OptionOrigin = {}): MatcherResult {
      if (typeof key !== 'string') throw new TypeError(`toHaveOption: the key must be a string, received ${kindOf(key)}`);
      const table = asResolvedTable(received);
      const equals = this?.equals ?? isDeepStrictEqual;
      const option = findOption(connectorOf(table.connector), table, key);
      const name = `table ${table.table ?? '(unnamed)'}`;
      const expected = `${option.key} = ${option.secret ? REDACTED : show(value)}${origin.from ? ` from ${origin.from}` : ''}`;
      const recorded = table.provenance[option.key] as Provenance | undefined;
      if (!option.found) {
        const keys = Object.keys(table.provenance);
        return {
          pass: false,
          message: () => `expected ${name} to have option ${expected}, but it has no ${option.key} (it has: ${keys.join(', ') || 'none'})`,
        };
      }
      if (!equals(option.value, value)) {
        return {
          pass: false,
          message: () =>
            `expected ${name} to have option ${expected}, but its value is ${show(option.shown)}${option.secret ? ' (a secret: neither value is shown)' : ''}`,
        };
      }
      if (origin.from !== undefined && recorded !== origin.from) {
        return {
          pass: false,
          message: () =>
            `expected ${name} to have option ${expected}, but its value came from ${recorded ?? 'nowhere recorded (no provenance for this key)'}`,
        };
      }
      const from = recorded ? ` (from ${recorded})` : '';
      return { pass: true, message: () => `expected ${name} not to have option ${expected}, but it has${from}` };
    },
  };
}

/**
 * The matchers for tables resolved with the built-in connectors, for `expect.extend`.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { matchers, resolveTable } from 'ddl-profiles/testing';
 * expect.extend(matchers);
 * expect(await resolve(sql, { profiles })).toResolveWithoutErrors();
 * expect(await resolveTable(sql, { profiles })).toHaveOption('topic', 'orders', { from: 'table' });
 * ```
 */
export const matchers: DdlProfilesMatcherFunctions = createMatchers();
