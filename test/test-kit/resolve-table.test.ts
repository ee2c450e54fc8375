import { describe, expect, it } from 'vitest';
import { openCatalog, resolve } from '../../src/index.js';
import { DEFAULT_SCRIPT_NAME, resolveTable } from '../../src/test-kit/index.js';
import { closedAfterEach } from '../support/closed-after-each.js';
import { kafka, ORDERS, PASSWORD } from './fixtures.js';

/** The message `resolveTable` threw, or a failure if it did not throw. */
async function thrown(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error('resolveTable did not throw');
}

describe('resolveTable', () => {
  it('returns the one table of a script that resolves', async () => {
    const orders = await resolveTable(ORDERS, { profiles: [kafka] });
    expect(orders.table).toBe('orders');
    expect(orders.profile).toBe('production-kafka');
    expect(orders.config).toMatchObject({ bootstrap_servers: 'kafka-broker:9092', topic: 'orders', format: 'json' });
    expect(orders.provenance).toMatchObject({ bootstrap_servers: 'profile', topic: 'table', bad_data: 'default' });
  });

  it('passes the resolve options on: a template is filled from env', async () => {
    const profile = {
      ...kafka,
      config: { ...kafka.config, authentication: { sasl_mechanism: 'PLAIN', username: '{{ USER }}', password: 'p' } },
    };
    const orders = await resolveTable(ORDERS, { profiles: [profile], env: { USER: 'svc-from-env' } });
    expect((orders.config.authentication as Record<string, unknown>).username).toBe('svc-from-env');
    expect(orders.provenance['authentication.username']).toBe('env');
  });

  it('throws with every error diagnostic, one per line, as file:line:column: CODE message, under the given file name', async () => {
    const script = [
      'CREATE TABLE orders (id BIGINT) WITH (',
      "  connection_profile = 'no-such-profile',",
      "  topic = 'orders',",
      "  format = 'json'",
      ');',
      "CREATE TABLE payments (id BIGINT) WITH (connection_profile = 'production-kafka', topik = 'payments', format = 'json');",
    ].join('\n');
    const message = await thrown(resolveTable(script, { profiles: [kafka], file: 'orders.sql' }));
    expect(message.split('\n')).toEqual([
      'orders.sql: 3 errors',
      "orders.sql:2:24: PROFILE_NOT_FOUND profile 'no-such-profile' does not exist",
      "orders.sql:6:62: MISSING_OPTION table 'payments' needs option 'topic'",
      "orders.sql:6:82: UNKNOWN_OPTION 'topik' is not an option of the kafka connector; did you mean 'topic'?",
    ]);
    // The same lines the resolver's own diagnostics give, word for word, in its order.
    const { errors } = await resolve(script, { profiles: [kafka] });
    expect(message.split('\n').slice(1)).toEqual(errors.map((e) => `orders.sql:${e.line}:${e.column}: ${e.code} ${e.message}`));
  });

  it('names the script <sql> when no file is given', async () => {
    const message = await thrown(resolveTable(ORDERS.replace("format = 'json'", "format = 'jsn'"), { profiles: [kafka] }));
    expect(DEFAULT_SCRIPT_NAME).toBe('<sql>');
    expect(message.split('\n')).toHaveLength(2);
    expect(message.split('\n')[1]).toMatch(/^<sql>:4:12: INVALID_VALUE format: /);
  });

  it('throws when the script resolves two tables, naming them', async () => {
    const two = `${ORDERS}\n${ORDERS.replace('orders (', 'payments (')}`;
    const message = await thrown(resolveTable(two, { profiles: [kafka], file: 'two.sql' }));
    expect(message).toBe('two.sql: expected exactly one table, resolved 2: orders (line 1), payments (line 6)');
  });

  it('throws when the script resolves no table', async () => {
    const message = await thrown(resolveTable('CREATE VIEW v AS SELECT 1;', { file: 'view.sql' }));
    expect(message).toBe('view.sql: expected exactly one table, resolved 0 (1 statement(s) passed through untouched)');
  });

  it('never puts a secret in what it throws', async () => {
    const inline = ORDERS.replace("format = 'json'", `format = 'json', 'authentication.password' = '${PASSWORD}-inline'`);
    const conflict = await thrown(resolveTable(inline, { profiles: [kafka], file: 'o.sql' }));
    expect(conflict).toMatch(/^o\.sql:4:\d+: OPTION_CONFLICT /m);
    const untemplated = await thrown(resolveTable(ORDERS, { profiles: [kafka], secrets: 'template', file: 'o.sql' }));
    expect(untemplated).toMatch(/^o\.sql:2:\d+: SECRET_NOT_TEMPLATED /m);
    for (const message of [conflict, untemplated]) expect(message).not.toContain(PASSWORD.slice(0, 8));
  });

  describe('through a catalog', () => {
    const fresh = closedAfterEach(async () => openCatalog());

    it('resolves against the store’s profiles', async () => {
      const catalog = await fresh();
      await catalog.profiles.create(kafka);
      const orders = await resolveTable(ORDERS, { catalog });
      expect(orders.profile).toBe('production-kafka');
      expect(orders.provenance.bootstrap_servers).toBe('profile');
      const message = await thrown(resolveTable(ORDERS.replace('production-kafka', 'staging-kafka'), { catalog, file: 'c.sql' }));
      expect(message.split('\n')[1]).toMatch(/^c\.sql:2:24: PROFILE_NOT_FOUND profile 'staging-kafka' does not exist/);
    });

    it('refuses a catalog and profiles at once', async () => {
      const catalog = await fresh();
      await expect(resolveTable(ORDERS, { catalog, profiles: [kafka] })).rejects.toThrow(TypeError);
    });
  });
});
