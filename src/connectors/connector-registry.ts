import type { Connector } from './connector-definition.js';
import { blackholeConnector } from './blackhole/index.js';
import { confluentConnector } from './confluent/index.js';
import { deltaConnector } from './delta/index.js';
import { filesystemConnector } from './filesystem/index.js';
import { fluvioConnector } from './fluvio/index.js';
import { icebergConnector } from './iceberg/index.js';
import { impulseConnector } from './impulse/index.js';
import { kafkaConnector } from './kafka/index.js';
import { kinesisConnector } from './kinesis/index.js';
import { mqttConnector } from './mqtt/index.js';
import { natsConnector } from './nats/index.js';
import { nexmarkConnector } from './nexmark/index.js';
import { pollingHttpConnector } from './polling_http/index.js';
import { previewConnector } from './preview/index.js';
import { rabbitmqConnector } from './rabbitmq/index.js';
import { redisConnector } from './redis/index.js';
import { singleFileConnector } from './single_file/index.js';
import { sseConnector } from './sse/index.js';
import { stdoutConnector } from './stdout/index.js';
import { webhookConnector } from './webhook/index.js';
import { websocketConnector } from './websocket/index.js';

/**
 * The connectors a resolver, store or HTTP handler knows, by name. Registering a name
 * again replaces it, which is how a planner adds keys to a built-in connector.
 *
 * @example
 * ```ts
 * const registry = createRegistry();
 * registry.register(extendConnector(kafkaConnector, { table: { tier: z.string().optional() } }));
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
 * BUILT_IN_CONNECTORS.map((c) => c.name); // ['blackhole', 'confluent', 'delta', …]
 * ```
 */
export const BUILT_IN_CONNECTORS: readonly Connector[] = [
  blackholeConnector,
  confluentConnector,
  deltaConnector,
  filesystemConnector,
  fluvioConnector,
  icebergConnector,
  impulseConnector,
  kafkaConnector,
  kinesisConnector,
  mqttConnector,
  natsConnector,
  nexmarkConnector,
  pollingHttpConnector,
  previewConnector,
  rabbitmqConnector,
  redisConnector,
  singleFileConnector,
  sseConnector,
  stdoutConnector,
  webhookConnector,
  websocketConnector,
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
