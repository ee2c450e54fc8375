import type { Connector } from '../connector-definition.js';
import { ConnectorRegistry } from '../connector-registry.js';
import { flinkBlackholeConnector } from './blackhole.js';
import { flinkDatagenConnector } from './datagen.js';
import { flinkFilesystemConnector } from './filesystem/index.js';
import { flinkJdbcConnector } from './jdbc/index.js';
import { flinkKafkaConnector, flinkUpsertKafkaConnector } from './kafka/index.js';
import { flinkPrintConnector } from './print.js';

/**
 * Every built-in Flink SQL connector (dialect `flink`), in name order: those whose tables
 * `resolve(sql, { dialect: 'flink' })` reads.
 *
 * @example
 * ```ts
 * FLINK_CONNECTORS.map((c) => c.name); // ['blackhole', 'datagen', 'filesystem', 'jdbc', 'kafka', 'print', 'upsert-kafka']
 * ```
 */
export const FLINK_CONNECTORS: readonly Connector[] = [
  flinkBlackholeConnector,
  flinkDatagenConnector,
  flinkFilesystemConnector,
  flinkJdbcConnector,
  flinkKafkaConnector,
  flinkPrintConnector,
  flinkUpsertKafkaConnector,
];

/**
 * A registry holding every built-in Flink SQL connector ({@link FLINK_CONNECTORS}), for
 * `resolve(sql, { dialect: 'flink', registry })` when a planner adds its own.
 *
 * @example
 * ```ts
 * const registry = createFlinkRegistry();
 * registry.get('upsert-kafka')?.profileConnector; // 'kafka'
 * ```
 */
export function createFlinkRegistry(): ConnectorRegistry {
  return new ConnectorRegistry(FLINK_CONNECTORS);
}
