import { describe, expect, it } from 'vitest';
import { parseColumns } from '../../src/sql/index.js';
import { useFlinkJudge } from '../connectors/flink-others/support.js';
import type { FlinkVerdict } from '../support/flink-judge.mjs';

// The column reader in the Flink dialect, each case against Flink 2.2.1's own planner: a
// column list the reader takes without a problem is one Flink's DDL takes, and one it
// refuses is one Flink refuses. A type's `sql` is checked against how Flink prints it.

const { judge } = useFlinkJudge();

const datagen = (columns: string) => `CREATE TABLE t (${columns}) WITH ('connector' = 'datagen')`;
const kafka = (columns: string) =>
  `CREATE TABLE t (${columns}) WITH ('connector' = 'kafka', 'topic' = 't', 'properties.bootstrap.servers' = '127.0.0.1:1', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset')`;

/** Whether Flink's DDL took the column list: planned, or refused only by the connector's factory (`plan`), not by the parser or the schema (`ddl`). */
const takesColumns = (verdict: FlinkVerdict) => verdict.ok || verdict.stage === 'plan';

/** How Flink prints a type: its planner names the type of a watermark's time field it refuses. */
async function flinkPrints(type: string): Promise<string | undefined> {
  const verdict = await judge(datagen(`x ${type}, WATERMARK FOR x AS x`), 'source');
  return /the time field type is (.+?)(?:\s+at |\s*$)/m.exec(verdict.message ?? '')?.[1];
}

/** The problems of a column list read as Flink SQL, as [code, severity]. */
const problemsOf = (columns: string) => parseColumns(columns, 'flink').problems.map((p) => [p.code, p.severity]);

describe('Flink SQL types in the column reader', { timeout: 60_000 }, () => {
  it("reads each of Flink's types with its name, and its sql as Flink prints it", async () => {
    const cases: Array<[string, string, string]> = [
      ['STRING', 'VARCHAR', 'STRING'],
      ['VARCHAR(10)', 'VARCHAR', 'VARCHAR(10)'],
      ['VARCHAR', 'VARCHAR', 'STRING'],
      ['CHAR', 'CHAR', 'CHAR(1)'],
      ['CHARACTER VARYING(5)', 'VARCHAR', 'VARCHAR(5)'],
      ['BOOLEAN', 'BOOLEAN', 'BOOLEAN'],
      ['TINYINT', 'TINYINT', 'TINYINT'],
      ['SMALLINT', 'SMALLINT', 'SMALLINT'],
      ['INTEGER', 'INT', 'INT'],
      ['BIGINT', 'BIGINT', 'BIGINT'],
      ['FLOAT', 'FLOAT', 'FLOAT'],
      ['DOUBLE PRECISION', 'DOUBLE', 'DOUBLE'],
      ['DEC', 'DECIMAL', 'DECIMAL(10, 0)'],
      ['NUMERIC(5)', 'DECIMAL', 'DECIMAL(5, 0)'],
      ['DECIMAL(100, 2)', 'DECIMAL', 'DECIMAL(38, 2)'],
      ['DATE', 'DATE', 'DATE'],
      ['TIME(3)', 'TIME', 'TIME(0)'],
      ['TIMESTAMP', 'TIMESTAMP', 'TIMESTAMP(6)'],
      ['TIMESTAMP(12) WITHOUT TIME ZONE', 'TIMESTAMP', 'TIMESTAMP(9)'],
      ['timestamp_ltz', 'TIMESTAMP_LTZ', 'TIMESTAMP_LTZ(6)'],
      ['TIMESTAMP(6) WITH LOCAL TIME ZONE', 'TIMESTAMP_LTZ', 'TIMESTAMP_LTZ(6)'],
      ['BINARY(0)', 'BINARY', 'BINARY(0)'],
      ['VARBINARY', 'VARBINARY', 'BYTES'],
      ['BYTES', 'VARBINARY', 'BYTES'],
      ['ARRAY<INT NOT NULL>', 'ARRAY', 'ARRAY<INT NOT NULL>'],
      ['INT NOT NULL ARRAY', 'ARRAY', 'ARRAY<INT NOT NULL>'],
      ['INT ARRAY MULTISET', 'MULTISET', 'MULTISET<ARRAY<INT>>'],
      ['MAP<STRING NOT NULL, INT ARRAY>', 'MAP', 'MAP<STRING NOT NULL, ARRAY<INT>>'],
      ["ROW(x INT 'the x', `y z` STRING NOT NULL)", 'ROW', 'ROW<`x` INT, `y z` STRING NOT NULL>'],
      ['ROW<r ROW<s INT>>', 'ROW', 'ROW<`r` ROW<`s` INT>>'],
      ['ROW<>', 'ROW', 'ROW<>'],
      ['VARIANT', 'VARIANT', 'VARIANT'],
    ];
    for (const [written, name, sql] of cases) {
      const read = parseColumns(`x ${written}`, 'flink');
      expect(read.problems, written).toEqual([]);
      expect(read.columns?.[0].type, written).toMatchObject({ name, sql });
      expect(await flinkPrints(written), written).toBe(sql);
    }
  });

  it('keeps the parts of a composite type and the parameters of a scalar one', () => {
    const [map, row, decimal] = parseColumns('m MAP<STRING, BIGINT ARRAY>, r ROW<a INT, b STRING>, d DEC(12, 4)', 'flink').columns ?? [];
    expect(map.type?.key).toMatchObject({ name: 'VARCHAR', sql: 'STRING' });
    expect(map.type?.value).toMatchObject({ name: 'ARRAY', element: { name: 'BIGINT' } });
    expect(row.type?.fields?.map((f) => [f.name, f.type.sql])).toEqual([
      ['a', 'INT'],
      ['b', 'STRING'],
    ]);
    expect(decimal.type).toEqual({ name: 'DECIMAL', sql: 'DECIMAL(12, 4)', precision: 12, scale: 4 });
  });

  it('takes TIMESTAMP_LTZ(3) and RAW, types Arroyo does not have', async () => {
    expect(parseColumns('ts TIMESTAMP_LTZ(3)', 'flink').columns?.[0].type).toEqual({
      name: 'TIMESTAMP_LTZ',
      sql: 'TIMESTAMP_LTZ(3)',
      precision: 3,
    });
    expect(parseColumns('ts TIMESTAMP_LTZ(3)').problems.map((p) => p.code)).toEqual(['UNKNOWN_TYPE']);
    await expect(judge(datagen('ts TIMESTAMP_LTZ(3)'), 'source')).resolves.toEqual({ ok: true });
    const raw = parseColumns("r RAW('java.lang.String', 'AAA')", 'flink');
    expect(raw.problems).toEqual([]);
    expect(raw.columns?.[0].type).toEqual({ name: 'RAW', sql: "RAW('java.lang.String', 'AAA')" });
  });

  it('refuses the types Flink refuses, each at the type, as Flink does', async () => {
    const cases: Array<[string, 'UNKNOWN_TYPE' | 'INVALID_COLUMN', string?]> = [
      ['TIMESTMAP(3)', 'UNKNOWN_TYPE'],
      ['TEXT', 'UNKNOWN_TYPE', 'STRING'],
      ['STRUCT<a INT>', 'UNKNOWN_TYPE', 'ROW'],
      ['BYTEA', 'UNKNOWN_TYPE', 'BYTES'],
      ['INT(11)', 'INVALID_COLUMN'],
      ['STRING(10)', 'INVALID_COLUMN'],
      ['TIMESTAMP(3) WITH TIME ZONE', 'INVALID_COLUMN'],
      ['TIMESTAMP_LTZ(3) WITH LOCAL TIME ZONE', 'INVALID_COLUMN'],
      ['TIME WITH LOCAL TIME ZONE', 'INVALID_COLUMN'],
      ['INTERVAL DAY(3) TO SECOND(3)', 'INVALID_COLUMN'],
      ['INTERVAL YEAR', 'INVALID_COLUMN'],
      ['DECIMAL(0, 0)', 'INVALID_COLUMN'],
      ['DECIMAL(5, 6)', 'INVALID_COLUMN'],
      ['DECIMAL(39, 39)', 'INVALID_COLUMN'],
      ['VARCHAR(2147483648)', 'INVALID_COLUMN'],
      ['ROW<x INT, x STRING>', 'INVALID_COLUMN'],
      ["RAW('java.lang.String')", 'INVALID_COLUMN'],
    ];
    for (const [written, code, suggestion] of cases) {
      const columns = `a INT, x ${written}, b INT`;
      const read = parseColumns(columns, 'flink');
      expect(
        read.problems.map((p) => p.code),
        written,
      ).toEqual([code]);
      expect(read.problems[0].span.column, written).toBe('a INT, x '.length + 1);
      expect(read.columns?.map((c) => c.name)).toEqual(['a', 'x', 'b']);
      if (suggestion) expect(read.problems[0].suggestion, written).toBe(suggestion);
      expect(takesColumns(await judge(datagen(columns), 'source')), written).toBe(false);
    }
  });
});

describe('Flink SQL column forms in the column reader', { timeout: 60_000 }, () => {
  it('takes backticked names, computed columns, NOT ENFORCED keys and watermarks without a warning, as Flink does', async () => {
    const cases = [
      '`order id` BIGINT, `a``b` STRING',
      'a INT, b AS a + 1',
      "a INT, b AS (a * 2) COMMENT 'twice'",
      'a INT PRIMARY KEY NOT ENFORCED',
      'a INT CONSTRAINT pk PRIMARY KEY NOT ENFORCED',
      'a INT NOT NULL, b INT, CONSTRAINT pk PRIMARY KEY (a, b) NOT ENFORCED',
      "ts TIMESTAMP_LTZ(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND",
      'ts TIMESTAMP(0), WATERMARK FOR `ts` AS `ts`',
      'ts STRING, ts2 AS TO_TIMESTAMP(ts), WATERMARK FOR ts2 AS ts2',
      '`timestamp` TIMESTAMP(3), `value` STRING, r ROW<`count` INT>, name STRING, key STRING, type STRING',
    ];
    for (const columns of cases) {
      expect(problemsOf(columns), columns).toEqual([]);
      await expect(judge(datagen(columns), 'source'), columns).resolves.toEqual({ ok: true });
    }
    expect(parseColumns('`order id` BIGINT', 'flink').columns?.[0].name).toBe('order id');
    expect(parseColumns('a INT, PRIMARY KEY (a) NOT ENFORCED', 'flink').primaryKey).toMatchObject({ columns: ['a'], enforced: false });
    expect(parseColumns('a INT CONSTRAINT pk PRIMARY KEY NOT ENFORCED', 'flink').primaryKey).toMatchObject({
      columns: ['a'],
      form: 'column',
    });
  });

  it('reads METADATA with and without FROM, VIRTUAL too, the key being the column name when FROM is left out', async () => {
    const columns =
      "id BIGINT, topic STRING METADATA, off BIGINT METADATA FROM 'offset' VIRTUAL, ts TIMESTAMP(3) METADATA FROM 'timestamp'";
    const read = parseColumns(columns, 'flink');
    expect(read.problems).toEqual([]);
    expect(read.columns?.map((c) => [c.name, c.metadata?.key, c.metadata?.virtual])).toEqual([
      ['id', undefined, undefined],
      ['topic', 'topic', false],
      ['off', 'offset', true],
      ['ts', 'timestamp', false],
    ]);
    await expect(judge(kafka(columns), 'source')).resolves.toEqual({ ok: true });
    expect(parseColumns('topic STRING METADATA').columns).toBeNull();
  });

  it('warns of the forms Flink reads differently, and refuses keys and watermarks Flink refuses', async () => {
    const cases: Array<[string, Array<[string, string]>]> = [
      ['"a" INT', [['ENGINE_REFUSES', 'warning']]],
      ['timestamp TIMESTAMP(3)', [['ENGINE_REFUSES', 'warning']]],
      ['r ROW<value INT>', [['ENGINE_REFUSES', 'warning']]],
      [
        'a INT, PRIMARY KEY (a, user) NOT ENFORCED, user STRING',
        [
          ['ENGINE_REFUSES', 'warning'],
          ['ENGINE_REFUSES', 'warning'],
        ],
      ],
      ['a INT,', [['ENGINE_REFUSES', 'warning']]],
      ['a INT, b INT AS a + 1', [['ENGINE_REFUSES', 'warning']]],
      ['a INT, b INT GENERATED ALWAYS AS (a + 1)', [['ENGINE_REFUSES', 'warning']]],
      ['ts TIMESTAMP(3), WATERMARK FOR ts', [['ENGINE_REFUSES', 'warning']]],
      ['a INT PRIMARY KEY', [['INVALID_COLUMN', 'error']]],
      ['a INT, PRIMARY KEY (a)', [['INVALID_COLUMN', 'error']]],
      ['ts TIMESTAMP, WATERMARK FOR ts AS ts', [['INVALID_COLUMN', 'error']]],
      ['ts TIMESTAMP_LTZ(6), WATERMARK FOR ts AS ts', [['INVALID_COLUMN', 'error']]],
      ['ts STRING, WATERMARK FOR ts AS ts', [['INVALID_COLUMN', 'error']]],
    ];
    for (const [columns, problems] of cases) {
      expect(problemsOf(columns), columns).toEqual(problems);
      expect(takesColumns(await judge(datagen(columns), 'source')), columns).toBe(false);
    }
    expect(parseColumns('"a" INT', 'flink').problems[0].message).toMatch(/Flink SQL's parser takes `backticks`/);
    expect(parseColumns('timestamp TIMESTAMP(3)', 'flink').problems[0].message).toBe(
      "'timestamp' is a reserved word of Flink SQL: its parser takes it as a name only in backticks, `timestamp`",
    );
    expect(parseColumns('timestamp TIMESTAMP(3)').problems).toEqual([]);
  });

  it('knows a reserved word in any case, as Flink does, and no name that only looks like one', async () => {
    const cases: [name: string, reserved: boolean][] = [
      ['offset', true],
      ['OFFSET', true],
      ['Offset', true],
      ['oFFsEt', true],
      ['user', true],
      ['offsets', false],
      ['order_id', false],
      ['Name', false],
      ['ÜSER', false],
    ];
    for (const [name, reserved] of cases) {
      const columns = `${name} INT`;
      expect(problemsOf(columns).length > 0, name).toBe(reserved);
      expect(takesColumns(await judge(datagen(columns), 'source')), name).toBe(!reserved);
    }
  });
});
