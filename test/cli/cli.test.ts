import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.mjs';
import { startRedis, type RedisServer } from '../support/redis-server.mjs';
import { CLI, MAIN_JOB_ARGS, runCli, shebangArgs } from '../support/run-cli.js';
import { startServe } from '../support/serve-process.js';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let work: string;
let redis: RedisServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ddl-cli-'));
  redis = await startRedis({ password: 'cli-redis-pw' });
});
afterAll(async () => {
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
});

const inWork = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: work, env });

describe('the CLI', () => {
  it('runs the README main job: resolving the fixtures, secrets redacted, text by default', async () => {
    const run = await runCli([...MAIN_JOB_ARGS], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('table orders (kafka, profile production-kafka)');
    expect(run.stdout).toMatch(/authentication\.password\s+= "\*\*\*\*\*\*\*\*"\s+\[env\]/);
    expect(run.stdout).not.toContain('example-only-password');
    expect(run.stdout).not.toContain('r3dis-s3cret');
    expect(run.stdout).toContain('2 table(s) resolved, 2 passed through, 0 error(s)');
    expect(run.stdout).not.toMatch(/warning/);
  });

  it('reads files saved with a byte order mark: JSON profiles, an env file and the script', async () => {
    const bom = '\ufeff';
    writeFileSync(join(work, 'bom-profiles.json'), bom + readFileSync(join(root, 'fixtures/profiles.json'), 'utf8'));
    writeFileSync(join(work, 'bom.env'), `${bom}KAFKA_PASSWORD=from-bom-env\n`);
    writeFileSync(
      join(work, 'bom.sql'),
      `${bom}CREATE TABLE o (id INT) WITH (connection_profile = 'production-kafka', topic = 'o', format = 'json');`,
    );
    const run = await inWork([
      'resolve',
      'bom.sql',
      '--profiles',
      'bom-profiles.json',
      '--env-file',
      'bom.env',
      '--show-secrets',
      '--json',
    ]);
    expect(run.stderr).toBe('');
    const [table] = JSON.parse(run.stdout).tables;
    expect([table.column, table.options['authentication.password'], table.provenance['authentication.password']]).toEqual([
      1,
      'from-bom-env',
      'env',
    ]);
  });

  it('prints its version, the one in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) expect(await inWork([flag])).toMatchObject({ code: 0, stdout: `ddl-profiles ${version}\n` });
  });

  it('stops quietly when its reader closes the pipe early (| head)', async () => {
    const script = Array.from(
      { length: 3000 },
      (_, i) =>
        `CREATE TABLE t${i} (id TEXT METADATA FROM 'key' PRIMARY KEY) WITH (connection_profile = 'cache', type = 'lookup', format = 'json');`,
    ).join('\n');
    writeFileSync(join(work, 'many.sql'), script);
    const pipeline = `"${process.execPath}" "${CLI}" resolve many.sql --profiles "${join(root, 'fixtures/profiles.json')}" | head -1; echo "status \${PIPESTATUS[0]}"`;
    const { stdout, stderr } = await exec('bash', ['-c', pipeline], { cwd: work });
    expect(stdout).toBe('table t0 (redis, profile cache) at many.sql:1\nstatus 0\n');
    expect(stderr).toBe('');
  });

  it('reads the script from standard input with -', async () => {
    const sql =
      "CREATE TABLE t (id INT) WITH (connection_profile = 'cache', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 't:', colour = 'x');";
    const run = await runCli(
      ['resolve', '-', '--profiles', join(root, 'fixtures/profiles.json'), '--env-file', join(root, 'fixtures/example.env')],
      { cwd: root, input: sql },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("<stdin>:1:140: UNKNOWN_OPTION 'colour' is not an option of the redis connector");
    const fixed = await runCli(['resolve', '-', '--profiles', join(root, 'fixtures/profiles.json'), '--json'], {
      cwd: root,
      input: sql.replace(", colour = 'x'", ''),
    });
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout).tables[0]).toMatchObject({ table: 't', profile: 'cache', options: { 'target.key_prefix': 't:' } });
  });

  it('prints errors as file:line:column with exit code 1, and usage errors with exit code 2', async () => {
    writeFileSync(
      join(work, 'typo.sql'),
      "CREATE TABLE o (id INT) WITH (\n  connector = 'kafka', bootstrap_servers = 'k:9092',\n  topic = 'o', format = 'json', 'source.ofset' = 'earliest');",
    );
    const run = await inWork(['resolve', 'typo.sql', '--profiles', join(root, 'fixtures/profiles.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "typo.sql:3:33: UNKNOWN_OPTION 'source.ofset' is not an option of the kafka connector; did you mean 'source.offset'?",
    );
    writeFileSync(join(work, 'broken.json'), '[{"name": "p", "connector": "kafka", "config": {"password": "json-canary-77"}},]');
    const broken = await inWork(['resolve', 'typo.sql', '--profiles', 'broken.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json:1:80: not valid JSON');
    expect(broken.stderr).not.toContain('json-canary-77');
    for (const args of [
      ['resolve'],
      ['resolve', 'missing.sql', '--profiles', 'x.json'],
      ['resolve', 'typo.sql', '--bogus'],
      ['frobnicate'],
      ['profiles', 'explode'],
    ]) {
      const usage = await inWork(args);
      expect(usage.code, args.join(' ')).toBe(2);
      expect(usage.stderr).toMatch(/^ddl-profiles: /);
      expect(usage.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('answers a missing env file, a file given as --store and a deadline past the timer limit with a usage error (exit 2)', async () => {
    expect(shebangArgs()).toEqual(['--']); // `node --`: Node 20 would otherwise read --env-file itself, and exit 9
    const missingEnv = await inWork(['resolve', join(root, 'fixtures/orders.sql'), '--store', ':memory:', '--env-file', '/nonexistent']);
    expect(missingEnv).toMatchObject({ code: 2, stderr: 'ddl-profiles: no such file: /nonexistent\n' });
    writeFileSync(join(work, 'afile'), 'not a directory');
    const fileStore = await inWork(['profiles', 'list', '--store', 'afile']);
    expect(fileStore).toMatchObject({ code: 2, stderr: 'ddl-profiles: the PGlite store path afile is a file, not a directory\n' });
    const draft = ['test', '--connector', 'redis', '--config', '{"address":"redis://127.0.0.1:1"}'];
    for (const args of [
      [...draft, '--deadline-ms', '99999999999999'],
      ['profiles', 'test', 'cache', '--deadline-ms', '2147483648'],
    ]) {
      const run = await inWork(args);
      expect(run, args.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/^ddl-profiles: --deadline-ms takes a whole number from 1 to 2147483647, got '\d+'\n$/);
    }
    expect((await inWork([...draft, '--deadline-ms', '2147483647'])).stdout).toMatch(/FAIL refused/);
  }, 120_000);

  it('never sends control characters from a script to the terminal, and JSON output keeps their meaning', async () => {
    const escapes = '\u001b]0;owned\u0007\u001b[2J';
    writeFileSync(
      join(work, 'escapes.sql'),
      `CREATE VIEW v AS SELECT '${escapes}' AS x;\nCREATE TABLE "t${escapes}" (id INT) WITH (connector = 'redis', address = 'redis://h:6379', type = 'sink', format = 'json', target = 'string', bogus\u009b = 'x');`,
    );
    const text = await inWork(['resolve', 'escapes.sql']);
    expect(text.code).toBe(1);
    expect(text.stdout + text.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout).toContain("SELECT '\\u001b]0;owned\\u0007\\u001b[2J'");
    const json = await inWork(['resolve', 'escapes.sql', '--json']);
    expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).passthrough[0].sql).toBe(`CREATE VIEW v AS SELECT '${escapes}' AS x`);
  });

  it('manages profiles in the default store folder and resolves against it', async () => {
    writeFileSync(
      join(work, 'cache.json'),
      JSON.stringify({ name: 'cache', connector: 'redis', config: { address: redis.url, password: 'cli-redis-pw' } }),
    );
    const created = await inWork(['profiles', 'create', 'cache.json']);
    expect(created.stdout).toContain('created cache (redis) version 1');
    expect(created.stdout).not.toContain('cli-redis-pw');
    expect((await inWork(['profiles', 'create', 'cache.json'])).stderr).toContain("PROFILE_EXISTS: profile 'cache' already exists");
    writeFileSync(
      join(work, 'more.json'),
      JSON.stringify([
        { name: 'kafka-a', connector: 'kafka', config: { bootstrap_servers: 'a:9092' } },
        { name: 'kafka-b', connector: 'kafka', config: { bootstrap_servers: 'b:9092' } },
      ]),
    );
    expect((await inWork(['profiles', 'import', 'more.json'])).code).toBe(0);
    const list = await inWork(['profiles', 'list', '--json']);
    expect(JSON.parse(list.stdout).data.map((p: { name: string }) => p.name)).toEqual(['cache', 'kafka-a', 'kafka-b']);
    const shown = await inWork(['profiles', 'show', 'cache', '--show-secrets', '--json']);
    expect(JSON.parse(shown.stdout).config.password).toBe('cli-redis-pw');
    const updated = await inWork(['profiles', 'update', 'kafka-a', '--config', '{"bootstrap_servers":"a2:9092"}', '--version', '1']);
    expect(updated.stdout).toContain('version 2');
    expect(
      (await inWork(['profiles', 'update', 'kafka-a', '--config', '{"bootstrap_servers":"a3:9092"}', '--version', '1'])).stderr,
    ).toContain('VERSION_CONFLICT');
    writeFileSync(
      join(work, 'sink.sql'),
      "CREATE TABLE totals (k STRING) WITH (connection_profile = 'cache', type = 'sink', target = 'string', 'target.key_prefix' = 't:');",
    );
    const resolved = await inWork(['resolve', 'sink.sql', '--register', '--json']);
    expect(resolved.code).toBe(0);
    expect(JSON.parse(resolved.stdout).tables[0].config.password).toBe('********');
    expect((await inWork(['tables', 'list'])).stdout).toContain('totals\tredis\tcache\tarroyo');
    writeFileSync(
      join(work, 'more-sinks.sql'),
      "CREATE TABLE counts (k STRING) WITH (connection_profile = 'cache', type = 'sink', target = 'string', 'target.key_prefix' = 'c:');",
    );
    expect((await inWork(['resolve', 'more-sinks.sql', '--register'])).stdout).toMatch(/\nregistered 1 table\(s\) in the store\n$/);
    writeFileSync(join(work, 'broken.sql'), "CREATE TABLE nope (k STRING) WITH (connection_profile = 'cache', type = 'sink');");
    const broken = await inWork(['resolve', 'broken.sql', '--register']);
    expect([broken.code, broken.stdout.trim().split('\n').at(-1)]).toEqual([1, 'nothing registered: the script has errors']);
    expect((await inWork(['tables', 'list'])).stdout).toContain('2 of 2 table(s)');
    const refused = await inWork(['profiles', 'delete', 'cache']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("PROFILE_IN_USE: profile 'cache' is used by table(s) 'counts', 'totals'");
    expect((await inWork(['tables', 'list', '--limit', 'abc'])).stderr).toBe(
      "ddl-profiles: --limit takes a whole number of at least 1, got 'abc'\n",
    );
    expect((await inWork(['tables', 'list', '--limit', '1'])).stdout).toBe('counts\tredis\tcache\tarroyo\n1 of 2 table(s)\n');
    expect((await inWork(['tables', 'drop', 'counts'])).stdout).toBe('dropped counts\n');
    expect((await inWork(['tables', 'drop', 'counts'])).stderr).toContain("TABLE_NOT_FOUND: table 'counts' does not exist");
    expect((await inWork(['profiles', 'delete', 'cache'])).stderr).toContain("is used by table(s) 'totals'");
    expect((await inWork(['profiles', 'delete', 'kafka-b'])).stdout).toContain('deleted kafka-b');
  }, 120_000);

  it('tests a saved profile whose password is a template, with the environment from --env-file', async () => {
    writeFileSync(
      join(work, 'templated.json'),
      JSON.stringify({ name: 'templated', connector: 'redis', config: { address: redis.url, password: '{{ REDIS_PW }}' } }),
    );
    expect((await inWork(['profiles', 'create', 'templated.json', '--store', 'templated-store'])).code).toBe(0);
    const bare = await inWork(['profiles', 'test', 'templated', '--store', 'templated-store']);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain('FAIL config at config:');
    expect(bare.stdout).toContain('hint: give the test the environment its {{ NAME }} templates read');
    writeFileSync(join(work, 'redis.env'), 'REDIS_PW=cli-redis-pw\n');
    const filled = await inWork(['profiles', 'test', 'templated', '--store', 'templated-store', '--env-file', 'redis.env']);
    expect(filled.code).toBe(0);
    expect(filled.stdout.trim().split('\n').at(-1)).toMatch(/^PASS redis in [\d.]+ ms$/);
    expect(filled.stdout).not.toContain('cli-redis-pw');
  });

  it('tests saved and draft profiles live, printing each step, with exit code 1 on failure', async () => {
    const saved = await inWork(['profiles', 'test', 'cache']);
    expect(saved.code).toBe(0);
    expect(
      saved.stdout
        .trim()
        .split('\n')
        .map((l) => l.trim().split(' ').slice(0, 2).join(' ')),
    ).toEqual(['\u2713 dns', '\u2713 connect', '\u2713 authenticate', '\u2713 ping', '\u2713 info', 'PASS redis']);
    const draft = await inWork([
      'test',
      '--connector',
      'redis',
      '--config',
      JSON.stringify({ address: redis.url, password: 'wrong-cli-pw' }),
    ]);
    expect(draft.code).toBe(1);
    expect(draft.stdout).toContain('FAIL auth at authenticate: WRONGPASS');
    expect(draft.stdout).toContain('hint: check the username and password');
    expect(draft.stdout).not.toContain('wrong-cli-pw');
  });

  it('refuses to serve without tokens, and serves the seed\u2019s curl requests as written', async () => {
    const refused = await startServe(['--port', String(await freePort())], { cwd: work });
    expect(refused.exited).toBe(2);
    expect(refused.stderr()).toContain('no tokens');

    const insecure = await startServe(
      ['--port', String(await freePort()), '--insecure-no-auth', '--host', '0.0.0.0', '--store', ':memory:'],
      { cwd: work },
    );
    try {
      expect(insecure.stdout()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(no authentication, loopback only\)/);
      expect(insecure.stderr()).toContain('--insecure-no-auth binds to 127.0.0.1 only');
    } finally {
      await insecure.stop();
    }

    const port = (await freePort().then(async (p) => ((await isFree(8000)) ? 8000 : p))) as number;
    writeFileSync(join(work, 'tokens.txt'), '# token tenant\nseed-token-123 default\n');
    const server = await startServe(['--port', String(port), '--token-file', 'tokens.txt', '--store', join(work, 'serve-store')], {
      cwd: work,
    });
    try {
      expect(server.stdout()).toContain(`listening on http://127.0.0.1:${port}`);
      const env = { ...process.env, TOKEN: 'seed-token-123' };
      const create = `curl -s -w '\\n%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
  http://localhost:${port}/v1/connection_profiles \\
  -d '{"name": "production-kafka", "connector": "kafka",
       "config": {"bootstrap_servers": "kafka-broker:9092",
                  "authentication": {"sasl_mechanism": "PLAIN", "username": "user", "password": "secret"}}}'`;
      const created = (await exec('bash', ['-c', create], { env })).stdout.split('\n');
      expect(created.at(-1)).toBe('201');
      expect(JSON.parse(created[0])).toMatchObject({ name: 'production-kafka', config: { authentication: { password: '********' } } });
      const test = `curl -s -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" http://localhost:${port}/v1/connection_profiles/test -d '{"name": "production-kafka", "connector": "kafka", "config": {"bootstrap_servers": "kafka-broker:9092", "authentication": {"sasl_mechanism": "PLAIN", "username": "user", "password": "secret"}}}'`;
      const verdict = JSON.parse((await exec('bash', ['-c', test], { env })).stdout);
      expect(verdict).toMatchObject({ ok: false, connector: 'kafka', error: { code: 'dns', step: 'dns' } });
      expect(JSON.stringify(verdict)).not.toContain('secret"');
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(server.stderr()).toContain('"path":"/v1/connection_profiles"');
    expect(server.stderr()).not.toContain('secret"');
  });

  it('says a port is taken, and exits 1, when it cannot listen', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await inWork(['serve', '--port', String(port), '--insecure-no-auth', '--store', ':memory:']);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `ddl-profiles: cannot listen on 127.0.0.1:${port}: the address is already in use (another server on that port?); choose another with --port`,
      );
    } finally {
      taken.close();
    }
  });

  it('drains on SIGTERM: a request in flight is answered, then the server exits 0', async () => {
    const port = await freePort();
    const server = await startServe(['--port', String(port), '--insecure-no-auth', '--store', ':memory:'], { cwd: work });
    const { request } = await import('node:http');
    const body = JSON.stringify({ name: 'drained', connector: 'redis', config: { address: 'redis://cache:6379' } });
    const answer = new Promise<{ status?: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/v1/connection_profiles',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      // The rest of the body arrives after the server was told to stop.
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    expect(await answer).toMatchObject({ status: 201 });
    expect(JSON.parse((await answer).text)).toMatchObject({ name: 'drained' });
    expect(await exited).toBe(0);
    expect(server.stderr()).toContain('shutting down, letting requests in flight finish');
  });
});

describe('--json is the REST API\u2019s JSON (issue 12)', () => {
  /** The same request answered by the REST API over the same store, opened once the CLI is done with it (PGlite locks its folder). */
  async function httpBodies(store: string, paths: string[]): Promise<Array<{ status: number; body: unknown }>> {
    const { openCatalog } = await import('../../src/index.js');
    const { createHandler } = await import('../../src/http/index.js');
    const catalog = await openCatalog({ path: store });
    try {
      const handler = createHandler({ catalog, auth: 'none' });
      const answers = [];
      for (const request of paths) {
        // 'DELETE /v1/…' or a bare path, which is a GET.
        const [method, path] = request.includes(' ') ? request.split(' ') : ['GET', request];
        const response = await handler(new Request(`http://localhost${path}`, { method }));
        answers.push({ status: response.status, body: await response.json() });
      }
      return answers;
    } finally {
      await catalog.close();
    }
  }

  it('prints what the REST API returns for profiles list and show, tables list and connectors, and the same error body', async () => {
    const store = join(work, 'json-store');
    const at = ['--store', store];
    writeFileSync(
      join(work, 'json-profiles.json'),
      JSON.stringify({
        data: [
          {
            name: 'cache',
            connector: 'redis',
            config: { address: 'redis://cache:6379', password: 'json-pw-42' },
            description: 'the cache',
          },
          { name: 'events', connector: 'kafka', config: { bootstrap_servers: 'k:9092' }, overridable: ['connection_properties.*'] },
        ],
      }),
    );
    writeFileSync(
      join(work, 'json-sink.sql'),
      "CREATE TABLE hits (k STRING) WITH (connection_profile = 'cache', type = 'sink', target = 'string', 'target.key_prefix' = 'h:');",
    );
    // Each command that opens the store costs a PGlite start: as few as tell the story.
    const registered = await inWork(['resolve', 'json-sink.sql', '--import', 'json-profiles.json', '--register', ...at]);
    expect(registered.code, registered.stderr).toBe(0);

    const cli = {
      list: await inWork(['profiles', 'list', '--json', ...at]),
      page: await inWork(['profiles', 'list', '--limit', '1', '--offset', '1', '--json', ...at]),
      show: await inWork(['profiles', 'show', 'cache', '--json', ...at]),
      tables: await inWork(['tables', 'list', '--json', ...at]),
      missing: await inWork(['profiles', 'show', 'nope', '--json', ...at]),
      inUse: await inWork(['profiles', 'delete', 'cache', '--json', ...at]),
      connectors: await inWork(['connectors', '--json']),
    };
    const http = await httpBodies(store, [
      '/v1/connection_profiles',
      '/v1/connection_profiles?limit=1&offset=1',
      '/v1/connection_profiles/cache',
      '/v1/connection_tables',
      '/v1/connection_profiles/nope',
      'DELETE /v1/connection_profiles/cache',
      '/v1/connectors',
    ]);
    for (const [i, run] of Object.values(cli).entries()) {
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual(http[i].body);
    }
    // The shape itself: {data, total}, snake_case, no tenant, secrets redacted.
    const list = JSON.parse(cli.list.stdout);
    expect(Object.keys(list)).toEqual(['data', 'total']);
    expect(list.data[0]).toMatchObject({ name: 'cache', created_at: expect.any(String), updated_at: expect.any(String) });
    expect(list.data[0]).not.toHaveProperty('createdAt');
    expect(list.data[0]).not.toHaveProperty('tenant');
    expect(cli.list.stdout).not.toContain('json-pw-42');
    expect(JSON.parse(cli.tables.stdout).data[0]).toMatchObject({ name: 'hits', connection_profile: 'cache' });
    // An error: the API's error body on standard output, nothing on standard error, exit 1 as in text.
    expect(http[4].status).toBe(404);
    expect(JSON.parse(cli.missing.stdout)).toEqual({
      error: { code: 'PROFILE_NOT_FOUND', message: "profile 'nope' does not exist", details: { profile: 'nope' } },
    });
    expect(cli.missing.code).toBe(1);
    // A library error keeps its details as data, as the API's 409 does.
    expect(http[5].status).toBe(409);
    expect(JSON.parse(cli.inUse.stdout)).toMatchObject({ error: { code: 'PROFILE_IN_USE', details: { tables: ['hits'] } } });
    expect(cli.inUse.code).toBe(1);
  }, 300_000);

  it('prints an error as {error: {code, message, details}} on standard output, with the exit codes of text', async () => {
    const usage = await inWork(['profiles', 'list', '--limit', 'x', '--json']);
    expect([usage.code, usage.stderr]).toEqual([2, '']);
    expect(JSON.parse(usage.stdout)).toEqual({
      error: { code: 'USAGE_ERROR', message: "--limit takes a whole number of at least 1, got 'x'" },
    });
    const unknownOption = await inWork(['resolve', 'x.sql', '--bogus', '--json']);
    expect([unknownOption.code, JSON.parse(unknownOption.stdout).error.code]).toEqual([2, 'USAGE_ERROR']);
    const unknownCommand = await inWork(['frobnicate', '--json']);
    expect([unknownCommand.code, JSON.parse(unknownCommand.stdout).error.message]).toEqual([
      2,
      "unknown command 'frobnicate'; run ddl-profiles --help",
    ]);
  });

  it('lists the connectors as text, one a line', async () => {
    const run = await inWork(['connectors']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^kafka\s+source,sink\s+profile\s+Apache Kafka/m);
    expect(run.stdout.trim().split('\n')).toHaveLength(21);
  });
});

async function isFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
