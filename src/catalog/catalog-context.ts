import type { ConnectorRegistry } from '../connectors/index.js';
import { dialectOption } from '../resolve/index.js';
import type { TemplateEnv, UnknownConnectors } from '../resolve/index.js';
import type { Store } from '../store/index.js';
import type { TestTargets } from '../testing/index.js';

/** What every part of a catalog shares: the store, the connectors, the tenant and the environment. */
export interface CatalogContext {
  store: Store;
  registry: ConnectorRegistry;
  /** The connectors profiles may name: `registry`'s and the Flink-only ones (see `profileRegistry`). */
  profileRegistry: ConnectorRegistry;
  /** The connectors of Flink SQL tables, for resolves in the Flink dialect. */
  flinkRegistry: ConnectorRegistry;
  tenant: string;
  env: TemplateEnv;
  /** The hosts every live test of this catalog may reach (`--allow-test-hosts`); none: any. */
  testTargets?: TestTargets;
  /** The default for resolves that do not say; `error` when unset. */
  unknownConnectors?: UnknownConnectors;
}

/**
 * The catalog's test targets as test options, for a call to spread before its own.
 *
 * @example
 * ```ts
 * await testProfile(draft, { ...targetsOf(context), ...options });
 * ```
 */
export function targetsOf(context: CatalogContext): { targets?: TestTargets } {
  return context.testTargets ? { targets: context.testTargets } : {};
}

/**
 * The connectors that judge a table of `dialect` (a stored table's, by name): the
 * catalog's Flink connectors for `flink`, its Arroyo ones for `arroyo`. Any other name is
 * `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * const connector = tableRegistryOf(context, table.dialect).get(table.connector);
 * ```
 */
export function tableRegistryOf(context: CatalogContext, dialect: string | undefined): ConnectorRegistry {
  return dialectOption(dialect) === 'flink' ? context.flinkRegistry : context.registry;
}
