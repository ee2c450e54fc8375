export * from './flink-values.js';
export * from './formats/index.js';
export { createFlinkRegistry, FLINK_CONNECTORS } from './flink-registry.js';
