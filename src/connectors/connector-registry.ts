import type { Connector } from './connector-definition.js';
import { confluentConnector } from './confluent/index.js';
import { kafkaConnector } from './kafka/index.js';
import { mqttConnector } from './mqtt/index.js';
import { natsConnector } from './nats/index.js';
import { rabbitmqConnector } from './rabbitmq/index.js';
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
 * Every built-in connector, in name order: one for each of Arroyo's connectors.
 *
 * @example
 * ```ts
 * BUILT_IN_CONNECTORS.map((c) => c.name); // ['confluent', 'kafka', …]
 * ```
 */
export const BUILT_IN_CONNECTORS: readonly Connector[] = [
  confluentConnector,
  kafkaConnector,
  mqttConnector,
  natsConnector,
  rabbitmqConnector,
  redisConnector,
];

/**
 * A registry holding every built-in connector ({@link BUILT_IN_CONNECTORS}).
 *
 * @example
 * ```ts
 * createRegistry().get('nats')?.takesProfile; // true
 * ```
 */
export function createRegistry(): ConnectorRegistry {
  return new ConnectorRegistry(BUILT_IN_CONNECTORS);
}
