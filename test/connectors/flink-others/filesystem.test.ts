import { describe, expect, it } from 'vitest';
import { filesystemPartitionRule, flinkFilesystemConnector } from '../../../src/connectors/flink/filesystem/index.js';
import { resolve } from '../../../src/index.js';
import { flinkTableDdl, issuesOf, sidesOf, useFlinkJudge } from './support.js';

const { judge } = useFlinkJudge();

const BASE = { path: '/tmp/ddl-profiles-never-written/orders', format: 'json' };
const validator = flinkFilesystemConnector.tableValidator;

interface Refusal {
  title: string;
  config: Record<string, unknown>;
  /** The key of the one issue we report. */
  key: string;
  /** What Flink's refusal says, on each side the table's type names (both when absent). */
  flink: string | RegExp;
  /** Where the clause matters: the table's PARTITIONED BY columns. */
  partitionedBy?: string;
}

const REFUSED: Refusal[] = [
  { title: 'no path', config: { format: 'json' }, key: 'path', flink: 'Missing required options are:\n\npath' },
  { title: 'an empty path', config: { ...BASE, path: '' }, key: 'path', flink: 'Can not create a Path from an empty string' },
  { title: 'no format', config: { path: BASE.path }, key: 'format', flink: 'Missing required options are:\n\nformat' },
  {
    title: 'an option of a format the table does not name',
    config: { ...BASE, 'csv.field-delimiter': ';' },
    key: 'csv.field-delimiter',
    flink: /Unsupported options:\s+csv\.field-delimiter\s/,
  },
  {
    title: "a boolean the json format's option cannot read",
    config: { ...BASE, 'json.ignore-parse-errors': 'yes' },
    key: 'json.ignore-parse-errors',
    flink: "Could not parse value 'yes' for key 'json.ignore-parse-errors'",
  },
  {
    title: 'a rolling file size in no unit of memory',
    config: { ...BASE, 'sink.rolling-policy.file-size': '64 parsecs' },
    key: 'sink.rolling-policy.file-size',
    flink: "Could not parse value '64 parsecs' for key 'sink.rolling-policy.file-size'",
  },
  {
    title: 'a fractional rollover interval',
    config: { ...BASE, 'sink.rolling-policy.rollover-interval': '1.5s' },
    key: 'sink.rolling-policy.rollover-interval',
    flink: "Could not parse value '1.5s' for key 'sink.rolling-policy.rollover-interval'",
  },
  {
    title: 'a negative rolling check interval',
    config: { ...BASE, 'sink.rolling-policy.check-interval': '-1s' },
    key: 'sink.rolling-policy.check-interval',
    flink: "Could not parse value '-1s' for key 'sink.rolling-policy.check-interval'",
  },
  {
    title: 'auto-compaction spelled 1',
    config: { ...BASE, 'auto-compaction': '1' },
    key: 'auto-compaction',
    flink: "Could not parse value '1' for key 'auto-compaction'",
  },
  {
    title: 'a compaction file size that is no size',
    config: { ...BASE, 'compaction.file-size': 'big' },
    key: 'compaction.file-size',
    flink: "Could not parse value 'big' for key 'compaction.file-size'",
  },
  {
    title: 'a partition commit trigger Flink has not',
    config: { ...BASE, 'sink.partition-commit.trigger': 'sometime' },
    key: 'sink.partition-commit.trigger',
    flink: "Could not parse value 'sometime' for key 'sink.partition-commit.trigger'",
  },
  {
    title: 'a partition commit delay that is no duration',
    config: { ...BASE, 'sink.partition-commit.delay': 'soon' },
    key: 'sink.partition-commit.delay',
    flink: "Could not parse value 'soon' for key 'sink.partition-commit.delay'",
  },
  {
    title: 'a shuffle flag spelled yes',
    config: { ...BASE, 'sink.shuffle-by-partition.enable': 'yes' },
    key: 'sink.shuffle-by-partition.enable',
    flink: "Could not parse value 'yes' for key 'sink.shuffle-by-partition.enable'",
  },
  {
    title: 'statistics Flink does not report',
    config: { ...BASE, 'source.report-statistics': 'SOME' },
    key: 'source.report-statistics',
    flink: "Could not parse value 'SOME' for key 'source.report-statistics'",
  },
  {
    title: 'a monitor interval of 0 on a source',
    config: { ...BASE, 'source.monitor-interval': '0 s', type: 'source' },
    key: 'source.monitor-interval',
    flink: 'discoveryInterval must be > 0',
  },
  {
    title: 'a sink parallelism of 0 on a sink',
    config: { ...BASE, 'sink.parallelism': '0', type: 'sink' },
    key: 'sink.parallelism',
    flink: 'The parallelism of an operator must be at least 1',
  },
  {
    title: 'a sink parallelism past a Java int',
    config: { ...BASE, 'sink.parallelism': '2147483648' },
    key: 'sink.parallelism',
    flink: 'For input string: "2147483648"',
  },
  {
    title: 'a metastore commit policy on a partitioned sink',
    config: { ...BASE, 'sink.partition-commit.policy.kind': 'success-file,metastore', type: 'sink' },
    partitionedBy: 'dt',
    key: 'sink.partition-commit.policy.kind',
    flink: "Can not configure a 'metastore' partition commit policy for a file system table.",
  },
];

interface Acceptance {
  title: string;
  config: Record<string, unknown>;
  columns?: string;
  partitionedBy?: string;
}

const ACCEPTED: Acceptance[] = [
  {
    title: 'the rolling policy in every duration and size form Flink reads',
    config: {
      ...BASE,
      'sink.rolling-policy.file-size': '64mb',
      'sink.rolling-policy.rollover-interval': '10 min',
      'sink.rolling-policy.inactivity-interval': 'PT5M',
      'sink.rolling-policy.check-interval': '500',
    },
  },
  { title: 'compaction, its flag in upper case', config: { ...BASE, 'auto-compaction': 'TRUE', 'compaction.file-size': '1 gb' } },
  {
    title: 'a partition-time commit with a delay and a watermark time zone',
    config: {
      ...BASE,
      'sink.partition-commit.trigger': 'partition-time',
      'sink.partition-commit.delay': '1 h',
      'sink.partition-commit.watermark-time-zone': 'Asia/Shanghai',
      'partition.time-extractor.timestamp-pattern': '$dt 00:00:00',
    },
    partitionedBy: 'dt',
  },
  { title: 'a commit trigger in upper case', config: { ...BASE, 'sink.partition-commit.trigger': 'PROCESS-TIME' } },
  {
    title: 'the success-file and custom policies with the class and a file name',
    config: {
      ...BASE,
      'sink.partition-commit.policy.kind': 'success-file,custom',
      'sink.partition-commit.policy.class': 'com.example.CommitPolicy',
      'sink.partition-commit.success-file.name': '_DONE',
    },
    partitionedBy: 'dt',
  },
  { title: 'a policy kind in upper case', config: { ...BASE, 'sink.partition-commit.policy.kind': 'SUCCESS-FILE' }, partitionedBy: 'dt' },
  {
    title: 'a metastore policy on a table used as a source',
    config: { ...BASE, 'sink.partition-commit.policy.kind': 'metastore', type: 'source' },
  },
  { title: 'a sink parallelism of 0 on a table used as a source', config: { ...BASE, 'sink.parallelism': '0', type: 'source' } },
  { title: 'a monitor interval of 0 on a table used as a sink', config: { ...BASE, 'source.monitor-interval': '0 s', type: 'sink' } },
  {
    title: 'a monitored source, statistics in lower case',
    config: { ...BASE, 'source.monitor-interval': '10 s', 'source.report-statistics': 'all' },
  },
  {
    title: 'the raw format with one physical column beside a computed one',
    config: { ...BASE, format: 'raw', 'raw.charset': 'UTF-8' },
    columns: 'body STRING, n AS 1',
  },
];

/** The problems `resolve` reports for one Flink SQL statement, as [code, key]. */
async function resolveErrors(sql: string) {
  const { errors } = await resolve(sql, { dialect: 'flink' });
  return errors.map((e) => [e.code, e.key]);
}

describe('Flink filesystem table options', { timeout: 60_000 }, () => {
  it('is a source and a sink without a profile', () => {
    expect(flinkFilesystemConnector).toMatchObject({
      name: 'filesystem',
      dialect: 'flink',
      roles: ['source', 'sink'],
      takesProfile: false,
    });
    expect(Object.keys(flinkFilesystemConnector.profile.shape)).toEqual([]);
  });

  for (const { title, config, key, flink, partitionedBy } of REFUSED) {
    it(`refuses ${title}, as Flink does for the same key`, async () => {
      expect(issuesOf(validator, config).map((i) => i.path)).toEqual([key]);
      for (const side of sidesOf(config)) {
        const verdict = await judge(flinkTableDdl('filesystem', config, { partitionedBy }), side);
        expect(verdict, side).toMatchObject({
          ok: false,
          message: typeof flink === 'string' ? expect.stringContaining(flink) : expect.stringMatching(flink),
        });
      }
    });
  }

  for (const { title, config, columns, partitionedBy } of ACCEPTED) {
    it(`takes ${title}, as Flink does`, async () => {
      expect(issuesOf(validator, config)).toEqual([]);
      for (const side of sidesOf(config))
        await expect(judge(flinkTableDdl('filesystem', config, { columns, partitionedBy }), side), side).resolves.toEqual({ ok: true });
    });
  }

  it('refuses a format a filesystem table cannot hold: Confluent Avro needs a schema registry', () => {
    expect(issuesOf(validator, { ...BASE, format: 'avro-confluent' })).toMatchObject([{ path: 'format' }]);
  });

  it('refuses a raw table of more than one physical column, and names the format key', async () => {
    const sql = `CREATE TABLE t (id BIGINT, name STRING, dt STRING) WITH ('connector' = 'filesystem', 'path' = '${BASE.path}', 'format' = 'raw')`;
    const { errors } = await resolve(sql, { dialect: 'flink' });
    expect(errors.map((e) => [e.code, e.key])).toEqual([['INVALID_VALUE', 'format']]);
    expect(errors[0].message).toContain('this table has 3 (id, name, dt)');
    for (const side of ['source', 'sink'] as const)
      expect(await judge(sql, side)).toMatchObject({
        ok: false,
        message: expect.stringContaining("The 'raw' format only supports single physical column"),
      });
  });
});

describe('Flink filesystem partition commit policies', { timeout: 60_000 }, () => {
  // Flink reads sink.partition-commit.policy.kind only when it commits a partition: at plan
  // time it checks no kind but metastore. We refuse at once what would fail that first commit.
  const unplanned: Array<[string, Record<string, string>, string, string]> = [
    ['a kind Flink has not', { 'sink.partition-commit.policy.kind': 'bogus' }, 'sink.partition-commit.policy.kind', 'INVALID_VALUE'],
    ['custom without its class', { 'sink.partition-commit.policy.kind': 'custom' }, 'sink.partition-commit.policy.class', 'MISSING_OPTION'],
    [
      'a custom time extractor without its class',
      { 'partition.time-extractor.kind': 'custom' },
      'partition.time-extractor.class',
      'MISSING_OPTION',
    ],
  ];
  for (const [title, options, key, code] of unplanned) {
    it(`refuses ${title}, which Flink's planner passes`, async () => {
      const config = { ...BASE, ...options };
      expect(issuesOf(validator, config)).toMatchObject([{ path: key, code }]);
      for (const side of ['source', 'sink'] as const)
        await expect(judge(flinkTableDdl('filesystem', config, { partitionedBy: 'dt' }), side), side).resolves.toEqual({ ok: true });
    });
  }

  it('names the kinds it knows when it refuses one, and reads the list as Flink splits it: no space trimmed', async () => {
    const refusal = (kind: string) => ({
      path: 'sink.partition-commit.policy.kind',
      code: 'INVALID_VALUE',
      message: `'${kind}' is not a partition commit policy: expected 'success-file' or 'custom', comma-separated without spaces`,
    });
    expect(issuesOf(validator, { ...BASE, 'sink.partition-commit.policy.kind': 'success-file,bogus' })).toEqual([refusal('bogus')]);
    expect(issuesOf(validator, { ...BASE, 'sink.partition-commit.policy.kind': 'success-file, metastore' })).toEqual([
      refusal(' metastore'),
    ]);
    expect(issuesOf(validator, { ...BASE, 'sink.partition-commit.policy.kind': 'success-file,' })).toEqual([]);
    // Flink's planner looks for 'metastore' as the list's item exactly, so it passes ' metastore',
    // which its commit would then refuse as an unsupported policy.
    const spaced = { ...BASE, 'sink.partition-commit.policy.kind': 'success-file, metastore' };
    await expect(judge(flinkTableDdl('filesystem', spaced, { partitionedBy: 'dt' }), 'sink')).resolves.toEqual({ ok: true });
  });

  it('refuses metastore on any table used as a sink, where Flink refuses it on a partitioned sink only', async () => {
    const config = { ...BASE, 'sink.partition-commit.policy.kind': 'metastore' };
    expect(issuesOf(validator, config)).toMatchObject([{ path: 'sink.partition-commit.policy.kind', code: 'INVALID_VALUE' }]);
    await expect(judge(flinkTableDdl('filesystem', config), 'sink')).resolves.toEqual({ ok: true });
    expect(await judge(flinkTableDdl('filesystem', config, { partitionedBy: 'dt' }), 'sink')).toMatchObject({
      ok: false,
      message: expect.stringContaining("'metastore' partition commit policy"),
    });
    await expect(judge(flinkTableDdl('filesystem', config, { partitionedBy: 'dt' }), 'source')).resolves.toEqual({ ok: true });
  });
});

describe('Flink filesystem PARTITIONED BY', { timeout: 60_000 }, () => {
  it('keeps the clause before WITH in the rewritten statement, which Flink plans on the sides the type names', async () => {
    const script = [
      "CREATE TABLE both_sides (id BIGINT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = '/tmp/ddl-profiles-never-written/a', 'format' = 'json');",
      "CREATE TABLE written (id BIGINT, dt STRING, hr STRING) PARTITIONED BY (dt, hr) WITH ('connector' = 'filesystem', 'path' = '/tmp/ddl-profiles-never-written/b', 'format' = 'json', 'type' = 'sink', 'sink.partition-commit.policy.kind' = 'success-file', 'sink.rolling-policy.file-size' = '128 mb');",
    ].join('\n');
    const { tables, errors, warnings } = await resolve(script, { dialect: 'flink', showSecrets: true });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(tables.map((t) => t.sql.slice(0, t.sql.indexOf(' WITH')))).toEqual([
      'CREATE TABLE both_sides (id BIGINT, dt STRING) PARTITIONED BY (dt)',
      'CREATE TABLE written (id BIGINT, dt STRING, hr STRING) PARTITIONED BY (dt, hr)',
    ]);
    expect(tables[1].sql).not.toContain("'type'");
    for (const side of ['source', 'sink'] as const) await expect(judge(tables[0].sql, side), side).resolves.toEqual({ ok: true });
    await expect(judge(tables[1].sql, 'sink')).resolves.toEqual({ ok: true });
  });

  it('refuses the clause after WITH, where Flink’s parser does not read it', async () => {
    const sql = `CREATE TABLE t (id BIGINT, dt STRING) WITH ('connector' = 'filesystem', 'path' = '${BASE.path}', 'format' = 'json') PARTITIONED BY (dt)`;
    expect(await resolveErrors(sql)).toEqual([['MISPLACED_CLAUSE', undefined]]);
    expect(await judge(sql, 'sink')).toMatchObject({ ok: false, stage: 'ddl' });
  });

  it('refuses through resolve a filesystem option of another format and a value Flink cannot read', async () => {
    const sql = `CREATE TABLE t (id BIGINT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = '${BASE.path}', 'format' = 'json', 'csv.field-delimiter' = ';', 'auto-compaction' = 'yes')`;
    expect(await resolveErrors(sql)).toEqual([
      ['UNKNOWN_OPTION', 'csv.field-delimiter'],
      ['INVALID_VALUE', 'auto-compaction'],
    ]);
    expect(await judge(sql, 'sink')).toMatchObject({ ok: false, message: expect.stringContaining('csv.field-delimiter') });
  });

  it('reads partition columns as Flink does: names of the table’s columns, matched case-sensitively, no transforms', async () => {
    const columns = ['id', 'name', 'dt'];
    const rule = (column: string, transform: string | null = null) =>
      filesystemPartitionRule([{ transform, column, arguments: [] }], columns);
    expect(rule('dt')).toEqual([]);
    for (const column of ['nope', 'DT']) {
      const message = `Partition column '${column}' not defined in the table schema. Available columns: ['id', 'name', 'dt']`;
      expect(rule(column)).toEqual([{ index: 0, message }]);
      const verdict = await judge(flinkTableDdl('filesystem', BASE, { partitionedBy: column }), 'sink');
      expect(verdict).toEqual({ ok: false, stage: 'ddl', message: expect.stringContaining(message) });
    }
    expect(rule('dt', 'bucket')).toEqual([{ index: 0, message: "Flink partitions by column names: 'bucket(dt)' is not one" }]);
    expect(await judge(flinkTableDdl('filesystem', BASE, { partitionedBy: 'bucket(dt)' }), 'sink')).toMatchObject({
      ok: false,
      stage: 'ddl',
    });
  });
});
