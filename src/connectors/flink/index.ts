export * from './flink-values.js';
export * from './formats/index.js';
export { createFlinkRegistry, FLINK_CONNECTORS } from './flink-registry.js';
export { flinkBlackholeConnector } from './blackhole.js';
export { flinkDatagenConnector } from './datagen.js';
export { flinkPrintConnector } from './print.js';
export * from './filesystem/index.js';
export * from './jdbc/index.js';
export * from './kafka/index.js';
