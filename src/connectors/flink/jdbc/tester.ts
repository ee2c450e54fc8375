import type { ClientConfig } from 'pg';
import { reachSteps, TestFailure, withHints, type ConnectorTester } from '../../../testing/index.js';
import { parsePostgresJdbcUrl } from './postgres-url.js';
import type { FlinkJdbcProfileConfig } from './profile-schema.js';
import type { FlinkJdbcTableConfig } from './table-schema.js';

/** PostgreSQL's SQLSTATEs that say what a failed connection means. */
const SQLSTATE_CODES: Readonly<Record<string, 'auth' | 'not_found'>> = {
  '28P01': 'auth', // invalid_password
  '28000': 'auth', // invalid_authorization_specification (no pg_hba.conf entry, no such role)
  '3D000': 'not_found', // invalid_catalog_name: no such database
};

/** A failure the server described with a SQLSTATE, in its own words. */
function serverFailure(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  const meaning = typeof code === 'string' ? SQLSTATE_CODES[code] : undefined;
  if (!meaning) return error;
  const hint =
    meaning === 'auth'
      ? "check the profile's username and password, and that pg_hba.conf lets this user connect from here"
      : "create the database, or fix the database named in the profile's url";
  return new TestFailure(meaning, (error as Error).message, hint);
}

/** TLS as the driver's `ssl`/`sslmode` parameters ask for it: none, or verified only for `verify-*`. */
function tlsOf(parameters: URLSearchParams): ClientConfig['ssl'] {
  const mode = parameters.get('sslmode') ?? (parameters.get('ssl') === 'true' ? 'verify-full' : 'disable');
  if (mode === 'disable' || mode === 'allow' || mode === 'prefer') return false;
  return { rejectUnauthorized: mode.startsWith('verify') };
}

/**
 * Tests a Flink JDBC profile against its PostgreSQL server with `pg`: `dns` and `connect`
 * for the first server the URL names, `authenticate` (a session as `username` with
 * `password`: a wrong one is `auth`, a missing database `not_found`), `query`
 * (`SELECT 1`, and the server's version) and, for a table, `table` (the table it names
 * exists and can be seen). Bounded by the test's deadline; the client is always closed.
 *
 * @example
 * ```ts
 * await runConnectorTest('jdbc', flinkJdbcTester, { profile: { url: 'jdbc:postgresql://127.0.0.1:5432/shop', username: 'flink', password }, secrets: [password] });
 * ```
 */
export const flinkJdbcTester: ConnectorTester<FlinkJdbcProfileConfig, FlinkJdbcTableConfig> = withHints(
  async ({ profile, table }, context) => {
    const url = parsePostgresJdbcUrl(profile.url);
    if (!url) throw new TestFailure('config', 'the url is not a PostgreSQL JDBC URL', 'write it as jdbc:postgresql://host[:port]/database');
    const { endpoint } = await reachSteps(context, { endpoints: url.servers, noun: 'server' });
    const { default: pg } = await import('pg');
    const timeout = context.remainingMs();
    const client = new pg.Client({
      host: endpoint.host,
      port: endpoint.port,
      ...(url.database ? { database: url.database } : {}),
      ...(profile.username !== undefined ? { user: profile.username } : {}),
      ...(profile.password !== undefined ? { password: profile.password } : {}),
      ssl: tlsOf(url.parameters),
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      application_name: 'ddl-profiles test',
    });
    client.on('error', () => undefined);
    context.defer(() => client.end().catch(() => undefined));
    await context.step('authenticate', async () => {
      await client.connect().catch((error: unknown) => Promise.reject(serverFailure(error)));
      return {
        message: `connected to database '${url.database || profile.username}' as '${profile.username ?? 'the default user'}'`,
        value: undefined,
      };
    });
    await context.step('query', async () => {
      const result = await client.query<{ one: number; version: string }>("SELECT 1 AS one, current_setting('server_version') AS version");
      return { message: `SELECT 1 answered ${result.rows[0]?.one}; PostgreSQL ${result.rows[0]?.version}`, value: undefined };
    });
    const name = table?.['table-name'];
    if (name === undefined) return;
    await context.step('table', async () => {
      const found = await client.query<{ oid: string | null }>('SELECT to_regclass($1)::text AS oid', [name]);
      if (found.rows[0]?.oid == null)
        throw new TestFailure(
          'not_found',
          `the database has no table '${name}' that this user can see`,
          'create the table, or fix table-name',
        );
      return { message: `table '${name}' exists`, value: undefined };
    });
  },
  { auth: "check the profile's username and password, and that pg_hba.conf lets this user connect from here" },
);
