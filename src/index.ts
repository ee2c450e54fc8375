/**
 * ddl-profiles: resolve streaming-SQL DDL against named connection profiles.
 *
 * @example
 * ```ts
 * import { resolve, openCatalog } from 'ddl-profiles';
 * const result = await resolve(sql, { profiles, env });
 * ```
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './connectors/index.js';
export * from './resolve/index.js';
export { parseColumns } from './sql/index.js';
export type {
  ColumnDefinition,
  ColumnProblem,
  ColumnType,
  ColumnTypeName,
  GeneratedColumn,
  MetadataColumn,
  PartitionField,
  PrimaryKeyDefinition,
  SourceSpan,
  SqlExpression,
  StructField,
  TableColumns,
  WatermarkDefinition,
} from './sql/index.js';
export type { ProfileDefinition, ProfileSource } from './store/profile-source.js';
export * from './catalog/index.js';
export * from './testing/index.js';
export * from './json/index.js';
export type { KeyRotation, SecretKey, SensitivePaths, StoredProfile, StoredTable, Store, StoreOptions } from './store/index.js';
export { generateSecretKey, openStore, readSecretKeyFile, SECRET_KEY_ENV, writeSecretKeyFile } from './store/index.js';
