import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.mjs';
import { runCli } from '../support/run-cli.js';
import { startServe } from '../support/serve-process.js';
import { createRegistry, kafkaConnector, ConnectorRegistry, openCatalog, resolve, type ProfileDefinition } from '../../src/index.js';

const work = mkdtempSync(join(tmpdir(), 'ddl-unknown-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const script = [
  "CREATE TABLE orders (id BIGINT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 'orders', format = 'json');",
  "CREATE TABLE lake (id BIGINT) WITH (connector = 'hudi', path = 's3://b/lake');",
  'INSERT INTO lake SELECT id FROM orders;',
].join('\n');
const kafkaProfile: ProfileDefinition = { name: 'prod', connector: 'kafka', config: { bootstrap_servers: 'k:9092' } };

describe('tables of a connector nobody registered', () => {
  it('are UNKNOWN_CONNECTOR by default, with the closest registered name', async () => {
    const { errors, tables } = await resolve("CREATE TABLE t (id INT) WITH (connector = 'kafak', topic = 't', format = 'json');");
    expect(tables).toEqual([]);
    expect(errors).toMatchObject([{ code: 'UNKNOWN_CONNECTOR', key: 'connector', suggestion: 'kafka', line: 1, column: 43 }]);
    const onlyKafka = new ConnectorRegistry([kafkaConnector]);
    const narrow = await resolve("CREATE TABLE t (id INT) WITH (connector = 'nats', servers = 'n:4222');", { registry: onlyKafka });
    expect(narrow.errors[0]).toMatchObject({ code: 'UNKNOWN_CONNECTOR', message: expect.stringContaining('(known: kafka)') });
  });

  it('pass through untouched with passthrough, listed with a CONNECTOR_NOT_REGISTERED warning', async () => {
    const { tables, passthrough, warnings, errors } = await resolve(script, { unknownConnectors: 'passthrough' });
    expect(errors).toEqual([]);
    expect(tables.map((t) => t.table)).toEqual(['orders']);
    expect(passthrough).toEqual([
      { sql: "CREATE TABLE lake (id BIGINT) WITH (connector = 'hudi', path = 's3://b/lake')", line: 2 },
      { sql: 'INSERT INTO lake SELECT id FROM orders', line: 3 },
    ]);
    expect(warnings).toEqual([
      {
        code: 'CONNECTOR_NOT_REGISTERED',
        connector: 'hudi',
        message: expect.stringContaining("connector 'hudi' is not registered"),
        line: 2,
        column: 49,
        table: 'lake',
      },
    ]);
  });

  it('stay an error with passthrough when they name a connection_profile', async () => {
    const hudiProfile = { name: 'lakehouse', connector: 'hudi', config: {} };
    const { errors, passthrough } = await resolve(
      "CREATE TABLE lake (id BIGINT) WITH (connector = 'hudi', connection_profile = 'lakehouse');",
      {
        unknownConnectors: 'passthrough',
        profiles: [hudiProfile],
      },
    );
    expect(passthrough).toEqual([]);
    expect(errors).toMatchObject([
      { code: 'UNKNOWN_CONNECTOR', key: 'connector', message: expect.stringContaining("names connection_profile 'lakehouse'") },
    ]);
  });

  it('refuse an unknownConnectors that is neither error nor passthrough', async () => {
    await expect(resolve(script, { unknownConnectors: 'skip' as never })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: "unknownConnectors takes error or passthrough, got 'skip'",
      details: { argument: 'unknownConnectors', allowed: ['error', 'passthrough'], got: 'skip' },
    });
  });

  it('follow the catalog default, which a call may override', async () => {
    const catalog = await openCatalog({ unknownConnectors: 'passthrough' });
    try {
      await catalog.profiles.create(kafkaProfile);
      const lenient = await catalog.resolve(script, { register: true });
      expect(lenient.errors).toEqual([]);
      expect(lenient.warnings.map((w) => w.code)).toEqual(['CONNECTOR_NOT_REGISTERED']);
      expect((await catalog.tables.list()).items.map((t: { name: string }) => t.name)).toEqual(['orders']);
      const strict = await catalog.resolve(script, { unknownConnectors: 'error' });
      expect(strict.errors.map((e) => e.code)).toEqual(['UNKNOWN_CONNECTOR']);
    } finally {
      await catalog.close();
    }
  }, 60_000);

  it('pass through from the CLI with --unknown-connectors passthrough; any other value is a usage error', async () => {
    writeFileSync(join(work, 'script.sql'), script);
    writeFileSync(join(work, 'profiles.json'), '[]');
    const strict = await runCli(['resolve', 'script.sql', '--profiles', 'profiles.json', '--json'], { cwd: work });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).errors[0]).toMatchObject({
      code: 'UNKNOWN_CONNECTOR',
      line: 2,
      message: expect.stringContaining("connector 'hudi' is not registered"),
    });
    const lenient = await runCli(
      ['resolve', 'script.sql', '--profiles', 'profiles.json', '--unknown-connectors', 'passthrough', '--json'],
      { cwd: work },
    );
    expect(lenient.stderr).toBe('');
    expect(lenient.code).toBe(0);
    const printed = JSON.parse(lenient.stdout);
    expect(printed.passthrough).toHaveLength(2);
    expect(printed.warnings[0].code).toBe('CONNECTOR_NOT_REGISTERED');
    const viaStore = await runCli(['resolve', 'script.sql', '--store', ':memory:', '--unknown-connectors', 'passthrough', '--json'], {
      cwd: work,
    });
    expect(viaStore.code).toBe(0);
    const bad = await runCli(['resolve', 'script.sql', '--profiles', 'profiles.json', '--unknown-connectors', 'skip'], { cwd: work });
    expect(bad.code).toBe(2);
    // The same check as the library's option, in the same words, naming the flag.
    expect(bad.stderr).toContain("--unknown-connectors takes error or passthrough, got 'skip'");
  }, 180_000);

  it('pass through in serve with --unknown-connectors passthrough', async () => {
    const port = await freePort();
    const server = await startServe(
      ['--port', String(port), '--insecure-no-auth', '--store', ':memory:', '--unknown-connectors', 'passthrough'],
      { cwd: work },
    );
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v1/resolve`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sql: script }),
      });
      const body = await response.json();
      expect(response.status).toBe(200);
      expect(body.errors).toEqual([]);
      expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(['CONNECTOR_NOT_REGISTERED']);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('connectors without profiles', () => {
  it('refuse a profile, on save and at resolve', async () => {
    const impulse: ProfileDefinition = { name: 'demo', connector: 'impulse', config: {} };
    const { errors } = await resolve("CREATE TABLE t (counter BIGINT) WITH (connection_profile = 'demo', event_rate = 10);", {
      profiles: [impulse],
    });
    expect(errors).toMatchObject([
      { code: 'INVALID_VALUE', key: 'connector', message: expect.stringContaining('takes no connection profile') },
    ]);
    expect(createRegistry().get('impulse')?.takesProfile).toBe(false);
    const catalog = await openCatalog();
    try {
      await expect(catalog.profiles.create(impulse)).rejects.toMatchObject({ code: 'PROFILE_INVALID' });
    } finally {
      await catalog.close();
    }
  });
});
