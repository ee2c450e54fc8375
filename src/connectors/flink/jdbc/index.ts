import { defineConnector, type Connector, type EngineOption } from '../../connector-definition.js';
import { lazyTester } from '../../../testing/lazy-tester.js';
import type { ConnectorTester } from '../../../testing/test-context.js';
import { flinkJdbcCredentialsRule, flinkJdbcProfileSchema, type FlinkJdbcProfileConfig } from './profile-schema.js';
import { flinkJdbcTableRule } from './table-rules.js';
import { flinkJdbcTableSchema, type FlinkJdbcTableConfig } from './table-schema.js';

export { parsePostgresJdbcUrl, type PostgresJdbcUrl } from './postgres-url.js';
export { flinkJdbcCredentialsRule, flinkJdbcProfileSchema, type FlinkJdbcProfileConfig } from './profile-schema.js';
export { FLINK_JDBC_SCAN_PARTITION_KEYS, flinkJdbcTableRule } from './table-rules.js';
export { flinkJdbcTableSchema, type FlinkJdbcTableConfig } from './table-schema.js';

/**
 * The keys a JDBC profile writes into a Flink table, each the profile's field by the
 * same name: `url` says where the credentials go; `username` and `password` are the profile's.
 *
 * @example
 * ```ts
 * FLINK_JDBC_PROFILE_KEYS.url; // 'endpoint'
 * ```
 */
export const FLINK_JDBC_PROFILE_KEYS: Readonly<Record<string, 'endpoint' | 'owned'>> = {
  url: 'endpoint',
  username: 'owned',
  password: 'owned',
};

/**
 * The JDBC live test, loaded on its first call (with `pg`).
 *
 * @example
 * ```ts
 * const result = await runConnectorTest('jdbc', flinkJdbcTester, { profile, secrets: [profile.password] }, { deadlineMs: 5_000 });
 * ```
 */
export const flinkJdbcTester: ConnectorTester<FlinkJdbcProfileConfig, FlinkJdbcTableConfig> = lazyTester(
  async () => (await import('./tester.js')).flinkJdbcTester,
);

/**
 * Flink's `jdbc` connector for PostgreSQL (`JdbcDynamicTableFactory`, with
 * `flink-connector-jdbc-postgres` 4.0.0-2.0): a scan source, a lookup source and an
 * upserting or appending sink. The connection (`url`, `username`, `password`) is a
 * profile's, written into the table as Flink's keys (the password as a secret); a table
 * without a profile may write those keys itself, and they are checked as a profile's.
 *
 * @example
 * ```ts
 * flinkJdbcConnector.profileOptions?.((key) => profile[key], () => undefined);
 * // [{ key: 'url', value: 'jdbc:postgresql://db/shop' }, { key: 'username', value: 'flink' }, { key: 'password', value: '…', sensitive: true }]
 * ```
 */
export const flinkJdbcConnector: Connector = defineConnector({
  name: 'jdbc',
  description: 'Flink JDBC source, lookup and sink for a PostgreSQL database',
  dialect: 'flink',
  roles: ['source', 'sink'],
  takesProfile: true,
  profile: flinkJdbcProfileSchema,
  table: flinkJdbcTableSchema,
  profileRules: [flinkJdbcCredentialsRule],
  tableRules: [flinkJdbcTableRule],
  engineRequires: ['url'],
  profileOptions: (profile) => {
    const options: EngineOption[] = [];
    for (const key of Object.keys(FLINK_JDBC_PROFILE_KEYS)) {
      const value = profile(key);
      if (typeof value === 'string') options.push({ key, value, ...(key === 'password' ? { sensitive: true } : {}) });
    }
    return options;
  },
  profileOwns: (key) => (Object.hasOwn(FLINK_JDBC_PROFILE_KEYS, key) ? FLINK_JDBC_PROFILE_KEYS[key] : undefined),
  tester: flinkJdbcTester,
});
