import type { Connector } from './connector-definition.js';
import { kafkaConnector } from './kafka/index.js';
import { redisConnector } from './redis/index.js';

/**
 * The connectors a resolver, store or HTTP handler knows, by name. Registering a name
 * again replaces it, which is how a planner adds keys to a built-in connector.
 *
 * @example
 * ```ts
 * const registry = createRegistry();
 * registry.register(extendConnector(registry.get('kafka'), { table: { tier: z.string().optional() } }));
 * await resolve(sql, { profiles, registry });
 * ```
 */
export class ConnectorRegistry {
  private readonly connectors = new Map<string, Connector>();

  constructor(connectors: Iterable<Connector> = []) {
    for (const connector of connectors) this.register(connector);
  }

  register(connector: Connector): this {
    this.connectors.set(connector.name, connector);
    return this;
  }

  get(name: string): Connector | undefined {
    return this.connectors.get(name);
  }

  names(): string[] {
    return [...this.connectors.keys()];
  }

  list(): Connector[] {
    return [...this.connectors.values()];
  }
}

/**
 * A registry holding the built-in connectors, `kafka` and `redis`.
 *
 * @example
 * ```ts
 * createRegistry().names(); // ['kafka', 'redis']
 * ```
 */
export function createRegistry(): ConnectorRegistry {
  return new ConnectorRegistry([kafkaConnector, redisConnector]);
}
