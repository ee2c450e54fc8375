export { field, fieldInfo, secret, type EngineForm, type FieldInfo, type FieldVariants } from './field-info.js';
export { connectorJsonSchema } from './connector-json-schema.js';
export { describeFields, type ConfigField, type FieldKind, type FieldLevel } from './config-field.js';
export { TABLE_ENGINE_KEYS } from './engine-keys.js';
export { fromArroyoProfileConfig, isCanonicalProfileConfig } from './arroyo-profile-json.js';
export { FieldIndex, type FieldMatch, type PathNode } from './field-index.js';
export { configValidator, type ConfigValidator } from './config-validator.js';
export {
  defineConnector,
  extendConnector,
  type ConfigRule,
  type Connector,
  type ConnectorAutocomplete,
  type ConnectorJsonSchemas,
  type ConnectorRole,
  type ConnectorSpec,
  type ConfigReader,
  type EngineOption,
  type EngineRequirement,
  type ProfileOwnership,
} from './connector-definition.js';
export { DIALECT_TITLES, DIALECTS, type Dialect } from './dialect.js';
export { BUILT_IN_CONNECTORS, ConnectorRegistry, createRegistry } from './connector-registry.js';
export {
  commonTableOptions,
  TABLE_FORMATS,
  type CommonTableOptions,
  type TableFormat,
  type TableOptionSettings,
} from './common-table-options.js';
export { typeScopedOptions } from './type-scoped-options.js';
export { columnName, dataSize, interval } from './value-schemas.js';
export * from './blackhole/index.js';
export * from './confluent/index.js';
export type { ColumnInfo, ColumnIssue, ColumnRule } from './column-rule.js';
export type { PartitionInfo, PartitionIssue, PartitionRule } from './partition-rule.js';
export * from './delta/index.js';
export * from './filesystem/index.js';
export * from './fluvio/index.js';
export * from './iceberg/index.js';
export * from './impulse/index.js';
export * from './kafka/index.js';
export * from './kinesis/index.js';
export * from './mqtt/index.js';
export * from './nats/index.js';
export * from './nexmark/index.js';
export * from './polling_http/index.js';
export * from './preview/index.js';
export * from './rabbitmq/index.js';
export * from './redis/index.js';
export * from './single_file/index.js';
export * from './sse/index.js';
export * from './stdout/index.js';
export * from './webhook/index.js';
export * from './websocket/index.js';
export * from './flink/index.js';
