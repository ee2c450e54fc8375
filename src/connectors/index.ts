export { field, fieldInfo, secret, type FieldInfo, type FieldVariants } from './field-info.js';
export { connectorJsonSchema } from './connector-json-schema.js';
export { describeFields, type ConfigField, type FieldKind, type FieldLevel } from './config-field.js';
export { FieldIndex, type FieldMatch, type PathNode } from './field-index.js';
export {
  defineConnector,
  extendConnector,
  type ConfigRule,
  type Connector,
  type ConnectorAutocomplete,
  type ConnectorJsonSchemas,
  type ConnectorSpec,
} from './connector-definition.js';
export { ConnectorRegistry, createRegistry } from './connector-registry.js';
export * from './kafka/index.js';
export * from './redis/index.js';
