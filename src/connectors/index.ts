export { field, fieldInfo, secret, type EngineForm, type FieldInfo, type FieldVariants } from './field-info.js';
export { connectorJsonSchema } from './connector-json-schema.js';
export { describeFields, type ConfigField, type FieldKind, type FieldLevel } from './config-field.js';
export { TABLE_ENGINE_KEYS } from './engine-keys.js';
export { FieldIndex, type FieldMatch, type PathNode } from './field-index.js';
export {
  defineConnector,
  extendConnector,
  type ConfigRule,
  type Connector,
  type ConnectorAutocomplete,
  type ConnectorJsonSchemas,
  type ConnectorRole,
  type ConnectorSpec,
} from './connector-definition.js';
export { BUILT_IN_CONNECTORS, ConnectorRegistry, createRegistry } from './connector-registry.js';
export { commonTableOptions, TABLE_FORMATS, type CommonTableOptions, type TableFormat, type TableOptionSettings } from './common-table-options.js';
export { typeScopedOptions } from './type-scoped-options.js';
export { columnName, dataSize, interval } from './value-schemas.js';
export * from './confluent/index.js';
export type { ColumnInfo, ColumnIssue, ColumnRule } from './column-rule.js';
export * from './kafka/index.js';
export * from './mqtt/index.js';
export * from './nats/index.js';
export * from './rabbitmq/index.js';
export * from './redis/index.js';
