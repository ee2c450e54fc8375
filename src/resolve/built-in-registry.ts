import type { Dialect } from '../connectors/dialect.js';
import { type ConnectorRegistry, createRegistry } from '../connectors/connector-registry.js';

/** The built-in registry of each dialect, made on first use. */
const builtIn = new Map<Dialect, ConnectorRegistry>();

/**
 * The built-in connectors of a dialect (`createRegistry()` for Arroyo,
 * `createFlinkRegistry()` for Flink SQL), made once: what `resolve` uses when given no
 * registry, and so what redacts, tests or describes the tables it resolved. Flink's
 * connectors are loaded on first use, so an Arroyo resolve never pays for them.
 *
 * @example
 * ```ts
 * const result = await resolve(sql, { profiles, dialect: 'flink' });
 * redactResult(result, await builtInRegistry('flink'));
 * ```
 */
export async function builtInRegistry(dialect: Dialect): Promise<ConnectorRegistry> {
  let registry = builtIn.get(dialect);
  if (!registry) {
    registry = dialect === 'flink' ? (await import('../connectors/flink/flink-registry.js')).createFlinkRegistry() : createRegistry();
    builtIn.set(dialect, registry);
  }
  return registry;
}
