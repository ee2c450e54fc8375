export { field, fieldInfo, secret, type EngineForm, type FieldInfo } from './field-info.js';
export { describeFields, type ConfigField, type FieldKind, type FieldLevel } from './config-field.js';
export { TABLE_ENGINE_KEYS } from './engine-keys.js';
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
export * from './kafka/index.js';
export * from './redis/index.js';
