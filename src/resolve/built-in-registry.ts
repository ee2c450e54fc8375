import { type ConnectorRegistry, createFlinkRegistry, createRegistry, type Dialect } from '../connectors/index.js';

/** The built-in registry of each dialect, made on first use. */
const builtIn = new Map<Dialect, ConnectorRegistry>();

/**
 * The built-in connectors of a dialect (`createRegistry()` for Arroyo,
 * `createFlinkRegistry()` for Flink SQL), made once: what `resolve` uses when given no
 * registry, and so what redacts, tests or describes the tables it resolved.
 *
 * @example
 * ```ts
 * const result = await resolve(sql, { profiles, dialect: 'flink' });
 * redactResult(result, builtInRegistry('flink'));
 * ```
 */
export function builtInRegistry(dialect: Dialect): ConnectorRegistry {
  let registry = builtIn.get(dialect);
  if (!registry) {
    registry = dialect === 'flink' ? createFlinkRegistry() : createRegistry();
    builtIn.set(dialect, registry);
  }
  return registry;
}
