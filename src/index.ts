/**
 * ddl-profiles: resolve streaming-SQL DDL against named connection profiles.
 *
 * The public API, by name: what a planner (parse and resolve a script), a test author
 * (live-test a profile or a table) and a registration script (a store of profiles and
 * tables) use. Everything else under `src/` is internal, and may change in any release.
 *
 * @example
 * ```ts
 * import { resolve, openCatalog } from 'ddl-profiles';
 * const result = await resolve(sql, { profiles, env });
 * const catalog = await openCatalog({ path: './.ddl-profiles' });
 * ```
 * @packageDocumentation
 */

// Errors and the redaction marker.
export { DdlProfilesError, type LibraryErrorCode } from './errors/index.js';
// Problems as data, one shape per code, and the one function that words them.
export { messageOf, type ProblemData, type ScriptProblem, type WarningData } from './errors/index.js';
export { REDACTED } from './errors/index.js';

// Job 1, parsing the DDL: statements, table envelopes, columns; writing options back.
export { parseScript, type ParsedScript } from './sql/parse-script.js';
export type { ParseOptions } from './sql/statement-reader.js';
export type { SqlDialect } from './sql/sql-dialect.js';
export type { OptionValueKind, ParsedStatement, PartitionField, TableDefinition, TableOption } from './sql/table-definition.js';
export type { SqlProblem } from './sql/sql-problem.js';
export type { SourceSpan } from './sql/source-span.js';
export { rewriteOptions, type SqlOption } from './sql/option-rewriter.js';
export { sqlArray, sqlIdentifier, sqlInterval, sqlString } from './sql/sql-literal.js';
export { parseColumns } from './sql/column-reader.js';
export type {
  ColumnDefinition,
  ColumnProblem,
  ColumnType,
  ColumnTypeName,
  GeneratedColumn,
  MetadataColumn,
  PrimaryKeyDefinition,
  SqlExpression,
  StructField,
  TableColumns,
  WatermarkDefinition,
} from './sql/column-definition.js';

// Job 2, resolving: a script against profiles, into validated configs.
export { DEFAULT_LIMITS, resolve, type ResolveOptions } from './resolve/resolve-script.js';
export type { PassthroughStatement, Provenance, ResolvedTable, ResolveResult } from './resolve/resolved-table.js';
export type { Diagnostic, DiagnosticCode, Warning } from './resolve/diagnostic.js';
export type { Position } from './resolve/position.js';
export type { TemplateEnv } from './resolve/template.js';
export { UNKNOWN_CONNECTORS, type UnknownConnectors } from './resolve/unknown-connectors.js';
export type { SecretsMode } from './resolve/secrets-mode.js';
export { DIALECT_TITLES, DIALECTS, type Dialect } from './connectors/dialect.js';
export { staticProfiles } from './resolve/static-profile-source.js';
export { validateProfile } from './resolve/validate-profile.js';
export type { Problem } from './resolve/prepare-profile.js';
export { redactResult } from './resolve/redact-result.js';
export type { ProfileDefinition, ProfileSource } from './store/profile-source.js';

// Connectors: the built-in ones, and defining or extending your own.
export { BUILT_IN_CONNECTORS, ConnectorRegistry, createRegistry } from './connectors/connector-registry.js';
export {
  defineConnector,
  extendConnector,
  type ConfigRule,
  type Connector,
  type ConnectorRole,
  type ConnectorSpec,
  type ConfigReader,
  type EngineOption,
  type EngineRequirement,
  type ProfileOwnership,
} from './connectors/connector-definition.js';
export type { ConfigValidator } from './connectors/config-validator.js';
export { field, secret } from './connectors/field-info.js';
export { commonTableOptions, type CommonTableOptions, type TableOptionSettings } from './connectors/common-table-options.js';
export type { ColumnInfo, ColumnIssue, ColumnRule } from './connectors/column-rule.js';
export { blackholeConnector } from './connectors/blackhole/index.js';
export { confluentConnector, type ConfluentProfileConfig } from './connectors/confluent/index.js';
export { deltaConnector } from './connectors/delta/index.js';
export { filesystemConnector } from './connectors/filesystem/index.js';
export { fluvioConnector } from './connectors/fluvio/index.js';
export { icebergConnector, type IcebergProfileConfig } from './connectors/iceberg/index.js';
export { impulseConnector } from './connectors/impulse/index.js';
export { kafkaConnector, type KafkaProfileConfig, type KafkaTableConfig } from './connectors/kafka/index.js';
export { kinesisConnector } from './connectors/kinesis/index.js';
export { mqttConnector, type MqttProfileConfig, type MqttTableConfig } from './connectors/mqtt/index.js';
export { natsConnector, type NatsProfileConfig, type NatsTableConfig } from './connectors/nats/index.js';
export { nexmarkConnector } from './connectors/nexmark/index.js';
export { pollingHttpConnector } from './connectors/polling_http/index.js';
export { previewConnector } from './connectors/preview/index.js';
export { rabbitmqConnector, type RabbitmqProfileConfig, type RabbitmqTableConfig } from './connectors/rabbitmq/index.js';
export { redisConnector, type RedisProfileConfig, type RedisTableConfig } from './connectors/redis/index.js';
export { singleFileConnector } from './connectors/single_file/index.js';
export { sseConnector } from './connectors/sse/index.js';
export { stdoutConnector } from './connectors/stdout/index.js';
export { webhookConnector } from './connectors/webhook/index.js';
export { websocketConnector } from './connectors/websocket/index.js';

// Live tests: of a profile or a resolved table, and writing a connector's tester.
export { testProfile, testResolvedTable, type TestProfileOptions } from './catalog/test-profile.js';
export { runConnectorTest, streamConnectorTest } from './testing/run-connector-test.js';
export {
  DEFAULT_TEST_DEADLINE_MS,
  MAX_TEST_DEADLINE_MS,
  type TestError,
  type TestErrorCode,
  type TestEvent,
  type TestOptions,
  type TestResult,
  type TestStep,
} from './testing/test-result.js';
export type { TestTargets } from './testing/test-targets.js';
export { withHints, type ConnectorTester, type TestContext, type TesterInput, type TestHints } from './testing/test-context.js';
export { TestFailure } from './testing/test-failure.js';

// A store of profiles and tables, per tenant: registration scripts, the CLI, the REST API.
export { Catalog, openCatalog, type CatalogOptions, type CatalogResolveOptions } from './catalog/catalog.js';
export type { CreateOptions, ProfilePage, ProfileUpdate, ReadOptions } from './catalog/profile-service.js';
export type { ProfileKeyChange, ProfileSyncPlan, SyncOptions } from './catalog/profile-sync.js';
export type { TableDefinitionInput } from './catalog/table-service.js';
export type { AutocompleteResult } from './catalog/autocomplete-profile.js';
export type { KeyRotation } from './store/key-rotation.js';
export type { StoredProfile, StoredTable } from './store/stored-records.js';
export { generateSecretKey, readSecretKeyFile, SECRET_KEY_ENV, writeSecretKeyFile, type SecretKey } from './store/secret-key.js';
