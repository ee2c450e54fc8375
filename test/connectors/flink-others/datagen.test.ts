import { describe, expect, it } from 'vitest';
import { datagenColumnRule, flinkDatagenConnector } from '../../../src/connectors/flink/datagen.js';
import { parseColumns } from '../../../src/sql/index.js';
import { issuesOf, useFlinkJudge } from './support.js';

const { judge } = useFlinkJudge();

const COLUMNS = 'id BIGINT, name STRING';
const ddl = (options: string, columns = COLUMNS) =>
  `CREATE TABLE t (${columns}) WITH ('connector'='datagen'${options ? `, ${options}` : ''})`;
/** The column rule's issues for a table of `columns`, read as Flink SQL, with these `fields.*` entries. */
const columnIssues = (columns: string, fields: Record<string, string>) =>
  datagenColumnRule({ columns: parseColumns(columns, 'flink').columns ?? [], config: { fields } });

describe('Flink datagen source', { timeout: 30_000 }, () => {
  it('is a source without a profile, and takes its table options in Flink value forms', async () => {
    expect(flinkDatagenConnector).toMatchObject({ name: 'datagen', dialect: 'flink', roles: ['source'], takesProfile: false });
    expect(Object.keys(flinkDatagenConnector.profile.shape)).toEqual([]);
    const config = { 'rows-per-second': '5', 'number-of-rows': '100', 'scan.parallelism': '2', type: 'source' };
    expect(issuesOf(flinkDatagenConnector.tableValidator, config)).toEqual([]);
    await expect(judge(ddl("'rows-per-second'='5', 'number-of-rows'='100', 'scan.parallelism'='2'"), 'source')).resolves.toEqual({
      ok: true,
    });
  });

  it('refuses rows-per-second of 5.5 and a parallelism of 0, as Flink does', async () => {
    expect(issuesOf(flinkDatagenConnector.tableValidator, { 'rows-per-second': '5.5' })).toMatchObject([{ path: 'rows-per-second' }]);
    expect(issuesOf(flinkDatagenConnector.tableValidator, { 'scan.parallelism': '0' })).toMatchObject([{ path: 'scan.parallelism' }]);
    expect(await judge(ddl("'rows-per-second'='5.5'"), 'source')).toMatchObject({ ok: false });
    expect(await judge(ddl("'scan.parallelism'='0'"), 'source')).toMatchObject({
      ok: false,
      message: expect.stringContaining('parallelism 0'),
    });
  });

  it('refuses type = sink in Flink’s words', async () => {
    const message = "Connector 'datagen' can only be used as a source. It cannot be used as a sink.";
    expect(issuesOf(flinkDatagenConnector.tableValidator, { type: 'sink' })).toEqual([{ path: 'type', code: 'INVALID_VALUE', message }]);
    expect(await judge(ddl(''), 'sink')).toMatchObject({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses a fields.* key whose option is not datagen’s', async () => {
    expect(issuesOf(flinkDatagenConnector.tableValidator, { fields: { 'id.knd': 'random' } })).toMatchObject([
      { path: 'fields/id.knd', code: 'UNKNOWN_OPTION', message: expect.stringContaining("'fields.id.knd' is not a datagen option") },
    ]);
    expect(await judge(ddl("'fields.id.knd'='random'"), 'source')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unsupported options:\s+fields\.id\.knd\s/),
    });
  });

  it('refuses a generator kind not spelled in lower case, since Flink compares it as written', async () => {
    expect(issuesOf(flinkDatagenConnector.tableValidator, { fields: { 'id.kind': 'SEQUENCE' } })).toMatchObject([
      { path: 'fields/id.kind', code: 'INVALID_VALUE' },
    ]);
    expect(await judge(ddl("'fields.id.kind'='SEQUENCE', 'fields.id.start'='1', 'fields.id.end'='9'"), 'source')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Unsupported generator kind: SEQUENCE'),
    });
  });

  it('refuses null-rate, max-past, length and var-len values Flink cannot parse', async () => {
    const fields = { 'id.null-rate': 'x', 'ts.max-past': '10 x', 'name.length': '1.5', 'name.var-len': 'yes' };
    expect(
      issuesOf(flinkDatagenConnector.tableValidator, { fields })
        .map((i) => i.path)
        .sort(),
    ).toEqual(['fields/id.null-rate', 'fields/name.length', 'fields/name.var-len', 'fields/ts.max-past']);
    expect(await judge(ddl("'fields.id.null-rate'='x'"), 'source')).toMatchObject({ ok: false });
    expect(await judge(ddl("'fields.ts.max-past'='10 x'", 'ts TIMESTAMP(3)'), 'source')).toMatchObject({ ok: false });
  });

  it('takes a sequence with start and end, and the options each generator takes for its column type', async () => {
    const fields = { 'id.kind': 'sequence', 'id.start': '1', 'id.end': '10', 'name.length': '5', 'name.var-len': 'true' };
    expect(issuesOf(flinkDatagenConnector.tableValidator, { fields })).toEqual([]);
    expect(columnIssues('id BIGINT, name STRING', fields)).toEqual([]);
    expect(columnIssues('id BIGINT, ts TIMESTAMP, n DECIMAL', { 'ts.max-past': '1 h', 'n.min': '1.5', 'id.null-rate': '0.5' })).toEqual([]);
    const options =
      "'fields.id.kind'='sequence', 'fields.id.start'='1', 'fields.id.end'='10', 'fields.name.length'='5', 'fields.name.var-len'='true'";
    await expect(judge(ddl(options), 'source')).resolves.toEqual({ ok: true });
    const others = "'fields.ts.max-past'='1 h', 'fields.n.min'='1.5', 'fields.id.null-rate'='0.5'";
    await expect(judge(ddl(others, 'id BIGINT, ts TIMESTAMP(3), n DECIMAL(10, 2)'), 'source')).resolves.toEqual({ ok: true });
  });

  it('refuses a sequence without start or end, in Flink’s words', async () => {
    expect(columnIssues('id BIGINT, name STRING', { 'id.kind': 'sequence', 'id.start': '1' })).toEqual([
      {
        key: 'fields.id.end',
        column: 'id',
        code: 'MISSING_OPTION',
        message: "Could not find required property 'fields.id.end' for sequence generator.",
      },
    ]);
    expect(columnIssues('id BIGINT', { 'id.kind': 'sequence' }).map((i) => i.message)).toEqual([
      "Could not find required property 'fields.id.start' for sequence generator.",
      "Could not find required property 'fields.id.end' for sequence generator.",
    ]);
    expect(await judge(ddl("'fields.id.kind'='sequence', 'fields.id.start'='1'"), 'source')).toMatchObject({
      ok: false,
      message: expect.stringContaining("Could not find required property 'fields.id.end' for sequence generator."),
    });
  });

  it('refuses fields.<column> naming no column, a differently cased one, or a computed one', async () => {
    expect(columnIssues('id BIGINT, name STRING', { 'nope.kind': 'random' })).toEqual([
      {
        key: 'fields.nope.kind',
        message: "fields.nope.kind: the table has no column 'nope'; datagen generates the physical columns id, name",
      },
    ]);
    expect(columnIssues('ID BIGINT, name STRING', { 'id.kind': 'random' })).toMatchObject([{ key: 'fields.id.kind' }]);
    expect(columnIssues('id BIGINT, total AS id * 2', { 'total.min': '1' })).toEqual([
      { key: 'fields.total.min', message: "fields.total.min: 'total' is not a physical column; datagen generates the physical columns id" },
    ]);
    expect(await judge(ddl("'fields.nope.kind'='random'"), 'source')).toMatchObject({
      ok: false,
      message: expect.stringContaining('fields.nope.kind'),
    });
    expect(await judge(ddl("'fields.id.kind'='random'", 'ID BIGINT, name STRING'), 'source')).toMatchObject({ ok: false });
    expect(await judge(ddl("'fields.total.min'='1'", 'id BIGINT, total AS id * 2'), 'source')).toMatchObject({ ok: false });
  });

  it('refuses an option the column’s generator does not take', async () => {
    const cases: Array<[string, Record<string, string>, string, string]> = [
      ['id BIGINT', { 'id.length': '5' }, 'fields.id.length', "'fields.id.length'='5'"],
      ['name STRING', { 'name.min': '5' }, 'fields.name.min', "'fields.name.min'='5'"],
      ['id BIGINT', { 'id.start': '1' }, 'fields.id.start', "'fields.id.start'='1'"],
      [
        'id BIGINT',
        { 'id.kind': 'sequence', 'id.start': '1', 'id.end': '9', 'id.null-rate': '0.1' },
        'fields.id.null-rate',
        "'fields.id.kind'='sequence', 'fields.id.start'='1', 'fields.id.end'='9', 'fields.id.null-rate'='0.1'",
      ],
      ['b BOOLEAN', { 'b.min': '1' }, 'fields.b.min', "'fields.b.min'='1'"],
      ['d DATE', { 'd.max-past': '1 h' }, 'fields.d.max-past', "'fields.d.max-past'='1 h'"],
    ];
    for (const [columns, fields, key, options] of cases) {
      expect(columnIssues(columns, fields)).toMatchObject([{ key, message: expect.stringContaining('does not apply') }]);
      expect(await judge(ddl(options, columns), 'source'), options).toMatchObject({
        ok: false,
        message: expect.stringMatching(new RegExp(`Unsupported options:\\s+${key.replaceAll('.', '\\.')}\\s`)),
      });
    }
  });

  it('refuses a sequence on a column it cannot count, and bounds the column’s numbers cannot hold', async () => {
    expect(columnIssues('ts TIMESTAMP', { 'ts.kind': 'sequence', 'ts.start': '1', 'ts.end': '2' })).toMatchObject([
      { key: 'fields.ts.kind' },
    ]);
    expect(columnIssues('n INT', { 'n.kind': 'sequence', 'n.start': '1', 'n.end': '99999999999' })).toMatchObject([
      { key: 'fields.n.end' },
    ]);
    expect(columnIssues('n DOUBLE', { 'n.kind': 'sequence', 'n.start': '1.5', 'n.end': '2' })).toMatchObject([{ key: 'fields.n.start' }]);
    expect(columnIssues('n INT', { 'n.min': 'x' })).toMatchObject([{ key: 'fields.n.min' }]);
    expect(columnIssues('n BIGINT', { 'n.min': '+5', 'n.max': '-5' })).toEqual([]);
    const refused = [
      ["'fields.ts.kind'='sequence', 'fields.ts.start'='1', 'fields.ts.end'='2'", 'ts TIMESTAMP(3)'],
      ["'fields.n.kind'='sequence', 'fields.n.start'='1', 'fields.n.end'='99999999999'", 'n INT'],
      ["'fields.n.kind'='sequence', 'fields.n.start'='1.5', 'fields.n.end'='2'", 'n DOUBLE'],
      ["'fields.n.min'='x'", 'n INT'],
    ];
    for (const [options, columns] of refused) expect(await judge(ddl(options, columns), 'source'), options).toMatchObject({ ok: false });
    await expect(judge(ddl("'fields.n.min'='+5', 'fields.n.max'='-5'", 'n BIGINT'), 'source')).resolves.toEqual({ ok: true });
  });

  it('leaves the options of a column inside an ARRAY or ROW to Flink', async () => {
    const columns = 'arr ARRAY<INT>, r ROW<a INT>';
    expect(columnIssues(columns, { 'arr.element.min': '1', 'r.a.min': '1' })).toEqual([]);
    await expect(judge(ddl("'fields.arr.element.min'='1', 'fields.r.a.min'='1'", columns), 'source')).resolves.toEqual({
      ok: true,
    });
  });
});
