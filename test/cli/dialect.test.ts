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
const KAFKA_PASSWORD = 'cli-kafka-canary-pw';
const PG_PASSWORD = 'cli-pg-canary-pw';
const FLINK_PROFILES = [
  {
    name: 'events',
    connector: 'kafka',
    config: {
      bootstrap_servers: 'kafka-broker:9092',
      authentication: { sasl_mechanism: 'PLAIN', protocol: 'SASL_PLAINTEXT', username: 'flink', password: KAFKA_PASSWORD },
    },
  },
  // Nothing listens on port 1 of the loopback: a live test of it is refused at connect.
  { name: 'shop', connector: 'jdbc', config: { url: 'jdbc:postgresql://127.0.0.1:1/shop', username: 'flink', password: PG_PASSWORD } },
];
// FLIP-529's USING CONNECTION: a profile reference in Flink SQL, and no part of Arroyo's SQL.
const USING_CONNECTION =
  "CREATE TABLE o (id INT) USING CONNECTION events WITH ('connector' = 'kafka', 'topic' = 'o', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset');";
// A table of a connector only Flink has (jdbc).
const JDBC_TABLE = "CREATE TABLE s (id INT) WITH ('connection_profile' = 'shop', 'connector' = 'jdbc', 'table-name' = 'orders');";
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ddl-cli-dialect-'));
  writeFileSync(join(work, 'arroyo.sql'), ARROYO_TABLE);
  writeFileSync(join(work, 'flink-profiles.json'), JSON.stringify(FLINK_PROFILES));
  writeFileSync(join(work, 'using.sql'), USING_CONNECTION);
  writeFileSync(join(work, 'jdbc.sql'), JDBC_TABLE);
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

  it('reaches resolve: USING CONNECTION names a profile with flink, and is WRONG_DIALECT at the clause with arroyo', async () => {
    const flink = await inWork(['resolve', 'using.sql', '--profiles', 'flink-profiles.json', '--dialect', 'flink', '--json']);
    expect([flink.code, flink.stderr]).toEqual([0, '']);
    const { tables, errors } = JSON.parse(flink.stdout);
    expect(errors).toEqual([]);
    expect(tables.map((t: { table: string; connector: string; profile: string }) => [t.table, t.connector, t.profile])).toEqual([
      ['o', 'kafka', 'events'],
    ]);
    // Flink DDL: the profile in Flink's keys, the JAAS config (built from the password) masked, the clause gone.
    expect(tables[0].sql).toContain("'properties.bootstrap.servers' = 'kafka-broker:9092'");
    expect(tables[0].sql).toContain("'properties.sasl.jaas.config' = '********'");
    expect(tables[0].sql).not.toMatch(/USING CONNECTION/);
    expect(flink.stdout).not.toContain(KAFKA_PASSWORD);
    for (const args of [[], ['--dialect', 'arroyo']]) {
      const arroyo = await inWork(['resolve', 'using.sql', '--profiles', 'flink-profiles.json', ...args]);
      expect(arroyo.code).toBe(1);
      expect(arroyo.stdout).toContain(
        `using.sql:1:${USING_CONNECTION.indexOf('USING') + 1}: WRONG_DIALECT table 'o' uses USING CONNECTION`,
      );
      expect(arroyo.stdout).toMatch(/0 table\(s\) resolved/);
    }
  });

  it("redacts a Flink table with Flink's connector: a jdbc table shows its URL and masks its password", async () => {
    const run = await inWork(['resolve', 'jdbc.sql', '--profiles', 'flink-profiles.json', '--dialect', 'flink', '--json']);
    expect(run.code).toBe(0);
    const [table] = JSON.parse(run.stdout).tables;
    expect(table.config).toEqual({
      url: 'jdbc:postgresql://127.0.0.1:1/shop',
      username: 'flink',
      password: '********',
      'table-name': 'orders',
    });
    expect(table.sql).toContain("'url' = 'jdbc:postgresql://127.0.0.1:1/shop'");
    expect(run.stdout).not.toContain(PG_PASSWORD);
  });

  it("tests the tables of a Flink script with Flink's connectors (test --table)", async () => {
    const run = await inWork([
      'test',
      '--table',
      'jdbc.sql',
      '--profiles',
      'flink-profiles.json',
      '--dialect',
      'flink',
      '--deadline-ms',
      '5000',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^table s \(jdbc, profile shop\)\n/);
    expect(run.stdout).toMatch(/✗ connect .*ECONNREFUSED 127\.0\.0\.1:1/);
    expect(run.stdout).not.toContain(PG_PASSWORD);
    // In the Arroyo dialect there is no jdbc connector: the script does not resolve, nothing is tested.
    const arroyo = await inWork(['test', '--table', 'jdbc.sql', '--profiles', 'flink-profiles.json']);
    expect(arroyo.code).toBe(1);
    expect(arroyo.stdout).toMatch(/^jdbc\.sql:1:\d+: UNKNOWN_CONNECTOR connector 'jdbc' is not registered/);
    expect(arroyo.stdout).not.toContain('✗ connect');
  });

  it('registers a Flink script with --register as Flink tables, which tables list shows', async () => {
    const seeded = await inWork([
      'resolve',
      'jdbc.sql',
      '--store',
      'store',
      '--import',
      'flink-profiles.json',
      '--dialect',
      'flink',
      '--register',
    ]);
    // The one line on stderr is the notice of the store's new secret key.
    expect([seeded.code, seeded.stderr]).toEqual([
      0,
      expect.stringMatching(/^ddl-profiles: generated the secret key \S+ of the store at store in /),
    ]);
    expect(seeded.stdout).toContain('registered 1 table(s) in the store');
    expect(seeded.stdout).not.toContain(PG_PASSWORD);
    const listed = await inWork(['tables', 'list', '--store', 'store', '--json']);
    expect(JSON.parse(listed.stdout).data.map((t: { name: string; dialect: string }) => [t.name, t.dialect])).toEqual([['s', 'flink']]);
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
