import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// `--dialect` on the commands that resolve a script, run as the built CLI in a child
// process, against the fixtures' profiles.

const root = join(import.meta.dirname, '..', '..');
const PROFILES = join(root, 'fixtures/profiles.json');
const ENV = join(root, 'fixtures/example.env');
const ARROYO_TABLE = "CREATE TABLE o (id INT) WITH (connection_profile = 'production-kafka', topic = 'o', format = 'json');";
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ddl-cli-dialect-'));
  writeFileSync(join(work, 'arroyo.sql'), ARROYO_TABLE);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const inWork = (args: string[]) => runCli(args, { cwd: work });

describe('--dialect', () => {
  it('is in the help of resolve and of test, with its values', async () => {
    for (const command of ['resolve', 'test']) {
      const help = await inWork([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('[--dialect arroyo|flink]');
      expect(help.stdout).toContain('default arroyo');
    }
    expect((await inWork(['--help'])).stdout.match(/\[--dialect arroyo\|flink\]/g)).toHaveLength(2);
  });

  it('refuses a dialect there is not, as a usage error with its stable code, before reading the script', async () => {
    const cases = [
      ['resolve', 'arroyo.sql', '--profiles', PROFILES, '--dialect', 'spark'],
      ['resolve', 'no-such-file.sql', '--profiles', PROFILES, '--dialect', 'spark'],
      ['test', '--table', 'arroyo.sql', '--profiles', PROFILES, '--dialect', 'spark'],
      ['resolve', 'arroyo.sql', '--profiles', PROFILES, '--dialect', 'Flink'],
    ];
    for (const args of cases) {
      const got = args.at(-1);
      const run = await inWork(args);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `ddl-profiles: --dialect takes arroyo or flink, got '${got}'\n`]);
      const json = await inWork([...args, '--json']);
      expect([json.code, JSON.parse(json.stdout), json.stderr]).toEqual([
        2,
        { error: { code: 'USAGE_ERROR', message: `--dialect takes arroyo or flink, got '${got}'` } },
        '',
      ]);
    }
    const empty = await inWork(['resolve', 'arroyo.sql', '--profiles', PROFILES, '--dialect']);
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringMatching(/^ddl-profiles: .*--dialect.* argument missing\n$/)]);
  });

  it('takes no dialect when testing a draft profile, which serves every dialect', async () => {
    const run = await inWork(['test', '--connector', 'redis', '--config', '{"address":"redis://127.0.0.1:1"}', '--dialect', 'flink']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ddl-profiles: --dialect is the dialect of a --table script; a draft profile serves every dialect\n/);
  });

  it('is arroyo when not given: --dialect arroyo prints what no flag prints', async () => {
    const args = ['resolve', 'arroyo.sql', '--profiles', PROFILES, '--env-file', ENV, '--json'];
    const plain = await inWork(args);
    const arroyo = await inWork([...args, '--dialect', 'arroyo']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).tables).toHaveLength(1);
    expect(arroyo).toEqual(plain);
  });
});
