import { describe, expect, it } from 'vitest';
import { flinkJdbcConnector } from '../../../src/connectors/flink/jdbc/index.js';
import { resolve } from '../../../src/index.js';
import { flinkTableDdl, issuesOf, sidesOf, useFlinkJudge } from './support.js';

const { judge } = useFlinkJudge();

/** A server planning never connects to. */
const URL = 'jdbc:postgresql://127.0.0.1:9/shop';
const TABLE = { 'table-name': 'public.orders' };
const COLUMNS = 'id BIGINT, name STRING';
const tables = flinkJdbcConnector.tableValidator;
const profiles = flinkJdbcConnector.profileValidator;
/** The judge's DDL for a table config of ours, the profile's url (and credentials, when given) written in. */
const ddl = (config: Record<string, unknown>, connection: Record<string, string> = { url: URL }) =>
  flinkTableDdl('jdbc', { ...connection, ...config }, { columns: COLUMNS });
/** A verdict of the judge, its message's lines and blank lines as single spaces (Flink lists option names one a line). */
const flat = (verdict: { ok: boolean; message?: string }) => ({ ...verdict, message: verdict.message?.replace(/\s+/g, ' ') });
const SCAN = (num: string, lower: string, upper: string) => ({
  ...TABLE,
  'scan.partition.column': 'id',
  'scan.partition.num': num,
  'scan.partition.lower-bound': lower,
  'scan.partition.upper-bound': upper,
});

describe('Flink JDBC profile', { timeout: 60_000 }, () => {
  it('takes a PostgreSQL URL in each form the driver reads, which Flink plans', async () => {
    for (const url of ['jdbc:postgresql://127.0.0.1:9/shop', 'jdbc:postgresql:shop', 'jdbc:postgresql://h1:9,[::1]:9/shop?ssl=true']) {
      expect(issuesOf(profiles, { url }), url).toEqual([]);
      for (const side of ['source', 'sink'] as const) await expect(judge(ddl(TABLE, { url }), side), url).resolves.toEqual({ ok: true });
    }
  });

  it('refuses a URL of another database or not JDBC, as Flink finds no dialect for it', async () => {
    for (const url of ['jdbc:mysql://127.0.0.1:9/shop', 'postgres://127.0.0.1:9/shop']) {
      expect(issuesOf(profiles, { url }), url).toMatchObject([{ path: 'url', message: expect.stringContaining('PostgreSQL JDBC URL') }]);
      for (const side of ['source', 'sink'] as const)
        expect(await judge(ddl(TABLE, { url }), side), url).toMatchObject({
          ok: false,
          message: expect.stringContaining(`Could not find any jdbc factory that can handle url '${url}'`),
        });
    }
  });

  it('refuses a password in the URL, which Flink passes: it belongs in the secret field', async () => {
    for (const parameter of ['password', 'sslpassword']) {
      const url = `${URL}?user=flink&${parameter}=hunter2`;
      expect(issuesOf(profiles, { url })).toMatchObject([
        { path: 'url', message: expect.stringContaining('put it in the password field') },
      ]);
      await expect(judge(ddl(TABLE, { url }), 'source')).resolves.toEqual({ ok: true });
    }
  });

  it('takes username and password together or neither, and refuses one alone at the one left out, as Flink does', async () => {
    expect(issuesOf(profiles, { url: URL, username: 'flink', password: 'hunter2' })).toEqual([]);
    for (const [given, missing] of [
      [{ username: 'flink' }, 'password'],
      [{ password: 'hunter2' }, 'username'],
    ] as const) {
      expect(issuesOf(profiles, { url: URL, ...given })).toEqual([
        {
          path: missing,
          code: 'MISSING_OPTION',
          message: `Either all or none of the following options should be provided: username password (${missing} is missing)`,
        },
      ]);
      for (const side of ['source', 'sink'] as const)
        expect(flat(await judge(ddl(TABLE, { url: URL, ...given }), side))).toMatchObject({
          ok: false,
          message: expect.stringContaining('Either all or none of the following options should be provided: username password'),
        });
    }
  });

  it('writes its url, username and password as Flink’s keys, the password marked sensitive', () => {
    const profile: Record<string, string> = { url: URL, username: 'flink', password: 'hunter2' };
    expect(
      flinkJdbcConnector.profileOptions?.(
        (key) => profile[key],
        () => undefined,
      ),
    ).toEqual([
      { key: 'url', value: URL },
      { key: 'username', value: 'flink' },
      { key: 'password', value: 'hunter2', sensitive: true },
    ]);
    expect(
      flinkJdbcConnector.profileOptions?.(
        (key) => (key === 'url' ? URL : undefined),
        () => undefined,
      ),
    ).toEqual([{ key: 'url', value: URL }]);
  });
});

describe('Flink JDBC tables through resolve', { timeout: 60_000 }, () => {
  const profile = { name: 'shop', connector: 'jdbc', config: { url: URL, username: 'flink', password: 'hunter2' } };

  it('writes the profile into the table, the password redacted unless secrets are shown, and Flink plans it on the sides its type names', async () => {
    const sql = [
      "CREATE TABLE orders (id BIGINT, name STRING) WITH ('connector' = 'jdbc', 'connection_profile' = 'shop', 'table-name' = 'public.orders');",
      "CREATE TABLE written (id BIGINT, name STRING, PRIMARY KEY (id) NOT ENFORCED) USING CONNECTION shop WITH ('connector' = 'jdbc', 'table-name' = 'public.totals', 'type' = 'sink', 'sink.buffer-flush.max-rows' = '500', 'sink.max-retries' = '+5');",
    ].join('\n');
    const shown = await resolve(sql, { dialect: 'flink', profiles: [profile] });
    expect(shown.errors).toEqual([]);
    expect(shown.tables[0].sql).toBe(
      `CREATE TABLE orders (id BIGINT, name STRING) WITH (\n  'connector' = 'jdbc',\n  'url' = '${URL}',\n  'username' = 'flink',\n  'password' = '********',\n  'table-name' = 'public.orders'\n)`,
    );
    expect(shown.tables[0].provenance).toMatchObject({ url: 'profile', username: 'profile', password: 'profile', 'table-name': 'table' });
    const real = await resolve(sql, { dialect: 'flink', profiles: [profile], showSecrets: true });
    expect(real.tables[0].sql).toContain("'password' = 'hunter2'");
    expect(real.tables[1].sql).not.toMatch(/USING|'type'/);
    for (const side of ['source', 'sink'] as const) await expect(judge(real.tables[0].sql, side), side).resolves.toEqual({ ok: true });
    await expect(judge(real.tables[1].sql, 'sink')).resolves.toEqual({ ok: true });
  });

  it('refuses a table that sets a key its profile writes', async () => {
    const sql = `CREATE TABLE t (id BIGINT) WITH ('connector' = 'jdbc', 'connection_profile' = 'shop', 'table-name' = 'orders', 'url' = 'jdbc:postgresql://elsewhere/shop')`;
    const { errors } = await resolve(sql, { dialect: 'flink', profiles: [profile] });
    expect(errors.map((e) => [e.code, e.key])).toEqual([['OPTION_CONFLICT', 'url']]);
  });

  it('takes a table without a profile that writes the url and credentials itself, checked as a profile’s', async () => {
    const sql = `CREATE TABLE t (id BIGINT, name STRING) WITH ('connector' = 'jdbc', 'url' = '${URL}', 'username' = 'flink', 'password' = 'hunter2', 'table-name' = 'orders', 'type' = 'source', 'scan.fetch-size' = '-2147483648')`;
    const { tables, errors } = await resolve(sql, { dialect: 'flink', showSecrets: true });
    expect(errors).toEqual([]);
    expect(tables[0].sql).toContain("'password' = 'hunter2'");
    await expect(judge(tables[0].sql, 'source')).resolves.toEqual({ ok: true });
    const redacted = await resolve(sql, { dialect: 'flink' });
    expect(redacted.tables[0].sql).toContain("'password' = '********'");
    const lone = `CREATE TABLE t (id BIGINT, name STRING) WITH ('connector' = 'jdbc', 'url' = '${URL}', 'username' = 'flink', 'table-name' = 'orders')`;
    expect((await resolve(lone, { dialect: 'flink' })).errors.map((e) => [e.code, e.key])).toEqual([['MISSING_OPTION', 'password']]);
    expect(flat(await judge(lone, 'source'))).toMatchObject({ ok: false, message: expect.stringContaining('username password') });
    const mysql = `CREATE TABLE t (id BIGINT, name STRING) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://127.0.0.1:9/shop', 'table-name' = 'orders')`;
    expect((await resolve(mysql, { dialect: 'flink' })).errors.map((e) => [e.code, e.key])).toEqual([['INVALID_VALUE', 'url']]);
    expect(await judge(mysql, 'sink')).toMatchObject({ ok: false, message: expect.stringContaining('Could not find any jdbc factory') });
  });
});

interface Refusal {
  title: string;
  config: Record<string, unknown>;
  /** The keys of the issues we report, in order. */
  keys: string[];
  /** What Flink's refusal says, on each side the table's type names (both when absent). */
  flink: string;
}

const REFUSED: Refusal[] = [
  { title: 'no table-name', config: {}, keys: ['table-name'], flink: 'Missing required options are: table-name' },
  {
    title: 'a scan partition column without the other three',
    config: { ...TABLE, 'scan.partition.column': 'id' },
    keys: ['scan.partition.num', 'scan.partition.lower-bound', 'scan.partition.upper-bound'],
    flink:
      'Either all or none of the following options should be provided: scan.partition.column scan.partition.num scan.partition.lower-bound scan.partition.upper-bound',
  },
  {
    title: 'a lower scan bound above the upper',
    config: SCAN('4', '100', '1'),
    keys: ['scan.partition.lower-bound'],
    flink: "'scan.partition.lower-bound'='100' must not be larger than 'scan.partition.upper-bound'='1'.",
  },
  {
    title: 'a scan bound that is no whole number',
    config: SCAN('2', '1.5', '9'),
    keys: ['scan.partition.lower-bound'],
    flink: "Could not parse value '1.5' for key 'scan.partition.lower-bound'",
  },
  {
    title: 'a scan bound past a Java long',
    config: SCAN('2', '0', '9223372036854775808'),
    keys: ['scan.partition.upper-bound'],
    flink: "Could not parse value '9223372036854775808' for key 'scan.partition.upper-bound'",
  },
  {
    title: 'more scan partitions than a Java int',
    config: SCAN('2147483648', '1', '5'),
    keys: ['scan.partition.num'],
    flink: "Could not parse value '2147483648' for key 'scan.partition.num'",
  },
  {
    title: 'more scan partitions than values between the bounds, on a source',
    config: { ...SCAN('3', '1', '2'), type: 'source' },
    keys: ['scan.partition.num'],
    flink: 'Both JdbcParameterValuesProvider should have the same length.',
  },
  {
    title: 'no scan partition, on a source',
    config: { ...SCAN('0', '1', '5'), type: 'source' },
    keys: ['scan.partition.num'],
    flink: 'Batch number must be positive',
  },
  {
    title: 'scan bounds spanning more values than a Java long counts, on a source',
    config: { ...SCAN('2', '-1', '9223372036854775806'), type: 'source' },
    keys: ['scan.partition.upper-bound'],
    flink: 'Batch size and batch number must be positive',
  },
  {
    title: 'the legacy lookup cache size without its ttl',
    config: { ...TABLE, 'lookup.cache.max-rows': '100' },
    keys: ['lookup.cache.ttl'],
    flink: 'Either all or none of the following options should be provided: lookup.cache.max-rows lookup.cache.ttl',
  },
  {
    title: 'the legacy lookup cache ttl without its size',
    config: { ...TABLE, 'lookup.cache.ttl': '10 s' },
    keys: ['lookup.cache.max-rows'],
    flink: 'Either all or none of the following options should be provided: lookup.cache.max-rows lookup.cache.ttl',
  },
  {
    title: 'a PARTIAL lookup cache without a bound, on a source (the legacy options are none)',
    config: { ...TABLE, 'lookup.cache': 'PARTIAL', 'lookup.cache.max-rows': '10', 'lookup.cache.ttl': '1 s', type: 'source' },
    keys: ['lookup.cache'],
    flink:
      "Missing 'lookup.partial-cache.expire-after-access', 'lookup.partial-cache.expire-after-write' or 'lookup.partial-cache.max-rows'",
  },
  {
    title: 'a lookup cache Flink has not',
    config: { ...TABLE, 'lookup.cache': 'SOME' },
    keys: ['lookup.cache'],
    flink: "Could not parse value 'SOME' for key 'lookup.cache'",
  },
  {
    title: 'negative lookup retries',
    config: { ...TABLE, 'lookup.max-retries': '-1' },
    keys: ['lookup.max-retries'],
    flink: "The value of 'lookup.max-retries' option shouldn't be negative, but is -1.",
  },
  {
    title: 'negative sink retries',
    config: { ...TABLE, 'sink.max-retries': '-1' },
    keys: ['sink.max-retries'],
    flink: "The value of 'sink.max-retries' option shouldn't be negative, but is -1.",
  },
  {
    title: 'sink retries past a Java int',
    config: { ...TABLE, 'sink.max-retries': '2147483648' },
    keys: ['sink.max-retries'],
    flink: 'For input string: "2147483648"',
  },
  {
    title: 'a sink parallelism of 0, on a sink',
    config: { ...TABLE, 'sink.parallelism': '0', type: 'sink' },
    keys: ['sink.parallelism'],
    flink: "Invalid configured parallelism 0 for table 'default_catalog.default_database.t'.",
  },
  {
    title: 'a sink parallelism that is no number',
    config: { ...TABLE, 'sink.parallelism': 'x' },
    keys: ['sink.parallelism'],
    flink: 'For input string: "x"',
  },
  {
    title: 'a negative fetch size, on a source',
    config: { ...TABLE, 'scan.fetch-size': '-1', type: 'source' },
    keys: ['scan.fetch-size'],
    flink: 'Illegal value -1 for fetchSize, has to be positive or Integer.MIN_VALUE.',
  },
  {
    title: 'a retry timeout under a second',
    config: { ...TABLE, 'connection.max-retry-timeout': '500 ms' },
    keys: ['connection.max-retry-timeout'],
    flink: "The value of 'connection.max-retry-timeout' option must be in second granularity and shouldn't be smaller than 1 second",
  },
  {
    title: 'a negative flush interval',
    config: { ...TABLE, 'sink.buffer-flush.interval': '-1 s' },
    keys: ['sink.buffer-flush.interval'],
    flink: "Could not parse value '-1 s' for key 'sink.buffer-flush.interval'",
  },
  {
    title: 'a filter policy Flink has not',
    config: { ...TABLE, 'filter.handling.policy': 'sometimes' },
    keys: ['filter.handling.policy'],
    flink: "Could not parse value 'sometimes' for key 'filter.handling.policy'",
  },
];

const ACCEPTED: Array<[string, Record<string, unknown>]> = [
  ['a parallel scan with as many partitions as values', SCAN('5', '1', '5')],
  ['scan bounds past 2^53, signs written', SCAN('2', '+0', '9007199254740993')],
  ['scan bounds spanning all a Java long counts', SCAN('2', '1', '9223372036854775807')],
  ['more scan partitions than values, on a sink', { ...SCAN('10', '1', '5'), type: 'sink' }],
  ['no scan partition, on a sink', { ...SCAN('0', '1', '5'), type: 'sink' }],
  [
    'the legacy lookup cache, its size a Java long',
    { ...TABLE, 'lookup.cache.max-rows': '9223372036854775807', 'lookup.cache.ttl': '10 s' },
  ],
  [
    'a PARTIAL lookup cache, in lower case, bounded by age',
    { ...TABLE, 'lookup.cache': 'partial', 'lookup.partial-cache.expire-after-write': '1 min' },
  ],
  ['a PARTIAL lookup cache without a bound, on a sink', { ...TABLE, 'lookup.cache': 'PARTIAL', type: 'sink' }],
  ['a FULL lookup cache', { ...TABLE, 'lookup.cache': 'FULL' }],
  ['a negative fetch size, on a sink', { ...TABLE, 'scan.fetch-size': '-1', type: 'sink' }],
  ['a sink parallelism of 0, on a source', { ...TABLE, 'sink.parallelism': '0', type: 'source' }],
  ['a retry timeout of a second and a half', { ...TABLE, 'connection.max-retry-timeout': '1500 ms' }],
  [
    'retries written with a sign, and buffering turned off',
    { ...TABLE, 'lookup.max-retries': '+3', 'sink.buffer-flush.max-rows': '0', 'sink.buffer-flush.interval': '0' },
  ],
  ['a filter policy in upper case', { ...TABLE, 'filter.handling.policy': 'ALWAYS' }],
];

describe('Flink JDBC table options', { timeout: 60_000 }, () => {
  it('is a source and a sink whose connection is a profile’s', () => {
    expect(flinkJdbcConnector).toMatchObject({ name: 'jdbc', dialect: 'flink', roles: ['source', 'sink'], takesProfile: true });
    expect(Object.keys(flinkJdbcConnector.profile.shape)).toEqual(['url', 'username', 'password']);
  });

  for (const { title, config, keys, flink } of REFUSED) {
    it(`refuses ${title}, as Flink does for the same key`, async () => {
      expect(issuesOf(tables, config).map((i) => i.path)).toEqual(keys);
      for (const side of sidesOf(config))
        expect(flat(await judge(ddl(config), side)), side).toMatchObject({ ok: false, message: expect.stringContaining(flink) });
    });
  }

  for (const [title, config] of ACCEPTED) {
    it(`takes ${title}, as Flink does`, async () => {
      expect(issuesOf(tables, config)).toEqual([]);
      for (const side of sidesOf(config)) await expect(judge(ddl(config), side), side).resolves.toEqual({ ok: true });
    });
  }

  it('refuses an empty table-name, which Flink’s planner passes and no database has', async () => {
    expect(issuesOf(tables, { 'table-name': '' })).toMatchObject([{ path: 'table-name' }]);
    await expect(judge(ddl({ 'table-name': '' }), 'source')).resolves.toEqual({ ok: true });
  });
});
