import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flinkJdbcTester } from '../../../src/connectors/flink/jdbc/index.js';
import { runConnectorTest } from '../../../src/testing/index.js';
import { startPostgres, type PostgresServer } from '../../support/postgres-server.mjs';

let server: PostgresServer;

beforeAll(async () => {
  server = await startPostgres();
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

const profile = (password: string, database = 'postgres') => ({
  url: `jdbc:postgresql://127.0.0.1:${server.port}/${database}`,
  username: 'app',
  password,
});

describe('the Flink JDBC live test, against a real PostgreSQL', { timeout: 30_000 }, () => {
  it('connects, authenticates and runs SELECT 1', async () => {
    const result = await runConnectorTest('jdbc', flinkJdbcTester, { profile: profile(server.password), secrets: [server.password] });
    expect(result.error).toBeUndefined();
    expect(result.steps.map((s) => s.name)).toEqual(['dns', 'connect', 'authenticate', 'query']);
    expect(result.steps.at(-1)?.message).toMatch(/^SELECT 1 answered 1; PostgreSQL \d+/);
  });

  it('says auth for a wrong password, at authenticate, and never shows it', async () => {
    const result = await runConnectorTest('jdbc', flinkJdbcTester, { profile: profile('wrong-pw'), secrets: ['wrong-pw'] });
    expect(result.error).toMatchObject({ code: 'auth', step: 'authenticate' });
    expect(JSON.stringify(result)).not.toContain('wrong-pw');
  });

  it('says not_found for a missing database, and for a table test, a missing table', async () => {
    const missingDb = await runConnectorTest('jdbc', flinkJdbcTester, { profile: profile(server.password, 'nope'), secrets: [] });
    expect(missingDb.error).toMatchObject({ code: 'not_found', step: 'authenticate' });
    const table = { 'table-name': 'public.nope' };
    const missingTable = await runConnectorTest('jdbc', flinkJdbcTester, { profile: profile(server.password), table, secrets: [] });
    expect(missingTable.error).toMatchObject({ code: 'not_found', step: 'table' });
    const present = { 'table-name': 'pg_catalog.pg_class' };
    const found = await runConnectorTest('jdbc', flinkJdbcTester, { profile: profile(server.password), table: present, secrets: [] });
    expect(found.error).toBeUndefined();
  });

  it('says refused when nothing listens, within the deadline', async () => {
    await server.stop();
    try {
      const result = await runConnectorTest(
        'jdbc',
        flinkJdbcTester,
        { profile: profile(server.password), secrets: [] },
        { deadlineMs: 3_000 },
      );
      expect(result.error).toMatchObject({ code: 'refused', step: 'connect' });
    } finally {
      await server.start();
    }
  });
});
