export { field, fieldInfo, secret, type FieldInfo } from './field-info.js';
export { describeFields, type ConfigField, type FieldKind, type FieldLevel } from './config-field.js';
export { FieldIndex, type FieldMatch, type PathNode } from './field-index.js';
export {
  defineConnector,
  extendConnector,
  type ConfigRule,
  type Connector,
  type ConnectorJsonSchemas,
  type ConnectorSpec,
} from './connector-definition.js';
export { ConnectorRegistry, createRegistry } from './connector-registry.js';
export type { ColumnInfo, ColumnIssue, ColumnRule } from './column-rule.js';
export * from './kafka/index.js';
export * from './redis/index.js';
