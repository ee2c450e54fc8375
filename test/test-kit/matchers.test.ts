import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve, type ResolvedTable, type ResolveResult } from '../../src/index.js';
import { createMatchers, matchers, resolveTable } from '../../src/test-kit/index.js';
import { customRegistry, kafka, ORDERS, PASSWORD, vault, VAULT_TOKEN } from './fixtures.js';

expect.extend(matchers);

/** The message of the assertion `run` makes, which must fail. */
function failureOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

const BAD = [
  'CREATE TABLE orders (id BIGINT) WITH (',
  "  connection_profile = 'no-such-profile',",
  "  topic = 'orders',",
  "  format = 'json'",
  ');',
].join('\n');

describe('toResolveWithoutErrors', () => {
  let good: ResolveResult;
  let bad: ResolveResult;
  beforeAll(async () => {
    good = await resolve(ORDERS, { profiles: [kafka] });
    bad = await resolve(BAD, { profiles: [kafka] });
  });

  it('passes for a result without errors, and fails for one with, listing each as file:line:column: CODE message', () => {
    expect(good).toResolveWithoutErrors();
    const message = failureOf(() => expect(bad).toResolveWithoutErrors({ file: 'orders.sql' }));
    expect(message.split('\n')).toEqual([
      'expected orders.sql to resolve without errors, but it has 1:',
      "  orders.sql:2:24: PROFILE_NOT_FOUND profile 'no-such-profile' does not exist",
    ]);
    expect(() => expect(bad).toResolveWithoutErrors()).toThrow(/^ {2}<sql>:2:24: PROFILE_NOT_FOUND /m);
  });

  it('works with .not', () => {
    expect(bad).not.toResolveWithoutErrors();
    expect(() => expect(good).not.toResolveWithoutErrors()).toThrow(
      'expected <sql> to have errors, but it resolved without any (1 table(s))',
    );
  });

  it('ignores warnings: they are not errors', async () => {
    const inline = await resolve(
      "CREATE TABLE o (id BIGINT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 'o', format = 'json', type = 'source', 'authentication.sasl_mechanism' = 'PLAIN', 'authentication.username' = 'u', 'authentication.password' = 'inline-pw');",
    );
    expect(inline.warnings.map((w) => w.code)).toContain('INLINE_SECRET');
    expect(inline).toResolveWithoutErrors();
  });

  it('works on a promise through .resolves, and refuses a bare promise or something else', async () => {
    await expect(resolve(ORDERS, { profiles: [kafka] })).resolves.toResolveWithoutErrors();
    await expect(expect(resolve(BAD, { profiles: [kafka] })).resolves.toResolveWithoutErrors()).rejects.toThrow(/PROFILE_NOT_FOUND/);
    expect(() => expect(resolve(ORDERS, { profiles: [kafka] })).toResolveWithoutErrors()).toThrow(TypeError);
    // Not even negated: a thing that is no result neither passes nor fails.
    expect(() => expect({ tables: [] }).not.toResolveWithoutErrors()).toThrow(/expected a resolve result/);
  });
});

describe('toHaveOption', () => {
  let orders: ResolvedTable;
  beforeAll(async () => {
    orders = await resolveTable(ORDERS, { profiles: [kafka] });
  });

  it('passes when the merged config has the key with the value, and its origin when one is asked', () => {
    expect(orders).toHaveOption('topic', 'orders');
    expect(orders).toHaveOption('topic', 'orders', { from: 'table' });
    expect(orders).toHaveOption('bootstrap_servers', 'kafka-broker:9092', { from: 'profile' });
    expect(orders).toHaveOption('bad_data', 'fail', { from: 'default' });
    // The canonical SQL key of a nested field, a value built from several, and an asymmetric matcher.
    expect(orders).toHaveOption('authentication.sasl_mechanism', 'PLAIN', { from: 'profile' });
    expect(orders).toHaveOption('authentication.protocol', 'SASL_PLAINTEXT', { from: 'default' });
    expect(orders).toHaveOption('format', expect.stringMatching(/^js/));
  });

  it('reads a key by its SQL name where the config nests it elsewhere (Redis `target.key_prefix` is `key_prefix`)', async () => {
    const out = await resolveTable(
      "CREATE TABLE out (k TEXT NOT NULL, v TEXT) WITH (connection_profile = 'cache', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'o:', 'target.key_column' = 'k');",
      { profiles: [{ name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } }] },
    );
    expect(out).toHaveOption('target.key_prefix', 'o:', { from: 'table' });
    expect(out).toHaveOption('target', 'string', { from: 'table' });
    expect(out).toHaveOption('address', 'redis://cache:6379', { from: 'profile' });
    expect(() => expect(out).toHaveOption('target.ttl_secs', 60)).toThrow(/but it has no target\.ttl_secs/);
  });

  it('fails on another value, naming both', () => {
    expect(() => expect(orders).toHaveOption('topic', 'payments')).toThrow(
      "expected table orders to have option topic = 'payments', but its value is 'orders'",
    );
  });

  it('compares deeply: a group of the config as an object', () => {
    expect(orders).toHaveOption('authentication', expect.objectContaining({ sasl_mechanism: 'PLAIN', username: 'svc-orders' }));
    expect(() => expect(orders).toHaveOption('authentication', { sasl_mechanism: 'PLAIN' })).toThrow(/to have option authentication = /);
  });

  it('fails when the origin is another, naming the one recorded', () => {
    expect(() => expect(orders).toHaveOption('topic', 'orders', { from: 'profile' })).toThrow(
      "expected table orders to have option topic = 'orders' from profile, but its value came from table",
    );
    expect(() => expect(orders).toHaveOption('bootstrap_servers', 'kafka-broker:9092', { from: 'default' })).toThrow(/came from profile$/);
  });

  it('fails on a key the table does not have, listing the ones it has', () => {
    expect(() => expect(orders).toHaveOption('topik', 'orders')).toThrow(
      /but it has no topik \(it has: bootstrap_servers, .*topic, format, bad_data\)/,
    );
  });

  it('works with .not: it passes when the value or the origin differs, and fails when both hold', () => {
    expect(orders).not.toHaveOption('topic', 'payments');
    expect(orders).not.toHaveOption('topic', 'orders', { from: 'profile' });
    expect(orders).not.toHaveOption('no_such_key', 'x');
    expect(() => expect(orders).not.toHaveOption('topic', 'orders', { from: 'table' })).toThrow(
      "expected table orders not to have option topic = 'orders' from table, but it has (from table)",
    );
  });

  it('refuses what is not a resolved table: a promise, a whole result', async () => {
    expect(() => expect(resolveTable(ORDERS, { profiles: [kafka] })).toHaveOption('topic', 'orders')).toThrow(TypeError);
    const result = await resolve(ORDERS, { profiles: [kafka] });
    expect(() => expect(result).not.toHaveOption('topic', 'x')).toThrow(/a resolve result: take one of its tables/);
    await expect(resolveTable(ORDERS, { profiles: [kafka] })).resolves.toHaveOption('topic', 'orders');
  });
});

describe('a secret in a failure message', () => {
  let orders: ResolvedTable;
  beforeAll(async () => {
    orders = await resolveTable(ORDERS, { profiles: [kafka] });
  });

  it('never appears, whether the assertion fails on the value, the origin, a group or .not', () => {
    const messages = [
      failureOf(() => expect(orders).toHaveOption('authentication.password', 'wrong')),
      failureOf(() => expect(orders).toHaveOption('authentication.password', PASSWORD, { from: 'table' })),
      failureOf(() => expect(orders).not.toHaveOption('authentication.password', PASSWORD)),
      failureOf(() => expect(orders).toHaveOption('authentication', { password: PASSWORD })),
      failureOf(() => expect(orders).toHaveOption('topic', PASSWORD)),
    ];
    expect(messages[0]).toBe(
      'expected table orders to have option authentication.password = ********, but its value is ******** (a secret: neither value is shown)',
    );
    expect(messages[1]).toBe(
      'expected table orders to have option authentication.password = ******** from table, but its value came from profile',
    );
    expect(messages[2]).toBe('expected table orders not to have option authentication.password = ********, but it has (from profile)');
    expect(messages[3]).toContain("password: '********'");
    for (const message of messages.slice(0, 4)) expect(message).not.toContain(PASSWORD);
    // The real value is still what is compared.
    expect(orders).toHaveOption('authentication.password', PASSWORD, { from: 'profile' });
  });

  it('hides a value filled from a template, as the library shows it', async () => {
    const profile = {
      ...kafka,
      config: { ...kafka.config, authentication: { sasl_mechanism: 'PLAIN', username: '{{ USER }}', password: 'p' } },
    };
    const table = await resolveTable(ORDERS, { profiles: [profile], env: { USER: 'env-user-canary' } });
    expect(table).toHaveOption('authentication.username', 'env-user-canary', { from: 'env' });
    const message = failureOf(() => expect(table).toHaveOption('authentication.username', 'someone'));
    expect(message).toContain('but its value is ********');
    expect(message).not.toContain('env-user-canary');
  });

  it('hides every value of a connector the matchers’ registry does not know, and a registry of its own shows what is not secret', async () => {
    const registry = customRegistry();
    const table = await resolveTable("CREATE TABLE h (a INT) WITH (connection_profile = 'vault', path = '/in');", {
      profiles: [vault],
      registry,
    });
    expect(table).toHaveOption('token', VAULT_TOKEN, { from: 'profile' });
    const hidden = failureOf(() => expect(table).toHaveOption('path', '/out'));
    expect(hidden).toBe('expected table h to have option path = ********, but its value is ******** (a secret: neither value is shown)');
    const own = createMatchers({ registry });
    const shown = own.toHaveOption.call({}, table, 'path', '/out');
    expect(shown.pass).toBe(false);
    expect(shown.message()).toBe("expected table h to have option path = '/out', but its value is '/in'");
    const token = own.toHaveOption.call({}, table, 'token', 'wrong');
    expect(token.message()).not.toContain(VAULT_TOKEN);
    expect(token.message()).toContain('********');
  });
});

describe('the test kit as shipped', () => {
  it('never loads vitest at run time: dist/test-kit imports it for types only', () => {
    const dir = fileURLToPath(new URL('../../dist/test-kit/', import.meta.url));
    const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
    expect(scripts).toEqual(expect.arrayContaining(['index.js', 'matchers.js', 'resolve-table.js']));
    // Code lines only: the TSDoc examples (lines starting with ` * `) do import vitest.
    const loadsVitest = /^(import|export)\b[^\n]*['"]vitest['"]|\bimport\(\s*['"]vitest['"]|\brequire\(\s*['"]vitest['"]/m;
    expect(loadsVitest.test("import { expect } from 'vitest';")).toBe(true);
    for (const name of scripts) expect(readFileSync(`${dir}${name}`, 'utf8')).not.toMatch(loadsVitest);
    expect(readFileSync(`${dir}vitest-matchers.d.ts`, 'utf8')).toMatch(/declare module 'vitest'/);
  });

  it('is the ./testing export of the package', async () => {
    const kit = await import('ddl-profiles/testing');
    expect(Object.keys(kit).sort()).toEqual(['DEFAULT_SCRIPT_NAME', 'createMatchers', 'matchers', 'resolveTable']);
    expect(Object.keys(kit.matchers).sort()).toEqual(['toHaveOption', 'toResolveWithoutErrors']);
  });
});
