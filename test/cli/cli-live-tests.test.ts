import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../support/redis-server.mjs';
import { runCli } from '../support/run-cli.js';
import { startAll } from '../support/start-all.mjs';

const PASSWORD = 'cli-live-pw-7c1';
let work: string;
let redis: RedisServer;
/** A real listener that counts connections: what "nothing was sent" is measured with. */
let counter: Server;
let accepted = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ddl-cli-live-'));
  [redis] = await startAll([startRedis({ password: PASSWORD })]);
  counter = createServer((socket) => (accepted++, socket.destroy()));
  await new Promise<void>((resolve) => counter.listen(0, '127.0.0.1', resolve));
  writeFileSync(
    join(work, 'profiles.json'),
    JSON.stringify([
      { name: 'cache', connector: 'redis', config: { address: redis.url, password: PASSWORD } },
      { name: 'wrong', connector: 'redis', config: { address: redis.url, password: 'not-it' } },
    ]),
  );
  writeFileSync(
    join(work, 'ok.sql'),
    "CREATE TABLE hits (k TEXT, v TEXT) WITH (connection_profile = 'cache', type = 'sink', format = 'json', 'target' = 'string', 'target.key_prefix' = 'h:');\n",
  );
  writeFileSync(
    join(work, 'bad.sql'),
    "CREATE TABLE hits (k TEXT, v TEXT) WITH (connection_profile = 'wrong', type = 'sink', format = 'json', 'target' = 'string', 'target.key_prefix' = 'h:');\n",
  );
}, 120_000);
afterAll(async () => {
  await redis?.stop();
  await new Promise((resolve) => counter?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

const cli = (args: string[]) => runCli(args, { cwd: work });

describe('table tests on the command line (issue 10)', { timeout: 120_000 }, () => {
  it('tests every table a script creates with test --table, step by step, exit 0 when all pass', async () => {
    const run = await cli(['test', '--table', 'ok.sql', '--profiles', 'profiles.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('table hits (redis, profile cache)');
    expect(run.stdout).toMatch(/authenticate/);
    expect(run.stdout).not.toContain(PASSWORD);
  });

  it('gives exit 1 and the auth verdict for a table whose profile has a wrong password, as JSON too', async () => {
    const run = await cli(['test', '--table', 'bad.sql', '--profiles', 'profiles.json', '--json']);
    expect(run.code).toBe(1);
    const [verdict] = (JSON.parse(run.stdout) as { data: Array<{ table: string; result: { error: { code: string; step: string } } }> })
      .data;
    expect(verdict).toMatchObject({ table: 'hits', result: { error: { code: 'auth', step: 'authenticate' } } });
  });

  it('tests a registered table with tables test NAME', async () => {
    const store = join(work, 'store');
    expect((await cli(['profiles', 'import', 'profiles.json', '--store', store])).code).toBe(0);
    expect((await cli(['resolve', 'ok.sql', '--store', store, '--register'])).code).toBe(0);
    const run = await cli(['tables', 'test', 'hits', '--store', store, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, connector: 'redis' });
    const missing = await cli(['tables', 'test', 'nope', '--store', store]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('nope');
  });

  it('refuses a target outside --allow-test-hosts with config, before any packet', async () => {
    const port = (counter.address() as { port: number }).port;
    const before = accepted;
    const run = await cli([
      'test',
      '--connector',
      'redis',
      '--config',
      JSON.stringify({ address: `redis://127.0.0.1:${port}` }),
      '--allow-test-hosts',
      '10.0.0.0/8,*.example.com',
      '--json',
    ]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'config', step: 'config' }, steps: [{ name: 'config' }] });
    expect(accepted).toBe(before);
    const allowed = await cli([
      'test',
      '--connector',
      'redis',
      '--config',
      JSON.stringify({ address: redis.url, password: PASSWORD }),
      '--allow-test-hosts',
      '127.0.0.0/8',
      '--json',
    ]);
    expect(JSON.parse(allowed.stdout)).toMatchObject({ ok: true });
  });

  it('gives a usage error, exit 2, for an --allow-test-hosts entry it cannot read', async () => {
    const run = await cli([
      'test',
      '--connector',
      'redis',
      '--config',
      '{"address":"redis://127.0.0.1:1"}',
      '--allow-test-hosts',
      '10.0.0.0/99',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'10.0.0.0/99' is not a CIDR");
  });
});
