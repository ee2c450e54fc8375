import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/index.js';
import { useFlinkJudge } from '../connectors/flink-others/support.js';

// Flink SQL's column types through resolve, each script also judged by Flink 2.2.1's planner.

const { judge } = useFlinkJudge();

const datagen = (columns: string) => `CREATE TABLE events (\n  ${columns}\n) WITH ('connector' = 'datagen')`;

describe("Flink SQL's column types in resolve", { timeout: 60_000 }, () => {
  it("resolves a table of Flink's own types without an UNKNOWN_TYPE or a warning, as Flink plans it", async () => {
    const sql = datagen(
      [
        '`id` BIGINT NOT NULL',
        'ts TIMESTAMP_LTZ(3)',
        'seen TIMESTAMP(3) WITH LOCAL TIME ZONE',
        'tags ARRAY<STRING>',
        'scores DOUBLE MULTISET',
        'attrs MAP<STRING, BYTES>',
        "point ROW<x DOUBLE 'east', y DOUBLE>",
        'price DECIMAL(10, 2)',
        'code CHAR(3)',
        'event_day AS CAST(ts AS DATE)',
        'PRIMARY KEY (`id`) NOT ENFORCED',
        "WATERMARK FOR ts AS ts - INTERVAL '5' SECOND",
      ].join(',\n  '),
    );
    const { tables, errors, warnings } = await resolve(sql, { dialect: 'flink' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(tables[0].columns?.map((c) => c.type?.sql ?? null)).toEqual([
      'BIGINT',
      'TIMESTAMP_LTZ(3)',
      'TIMESTAMP_LTZ(3)',
      'ARRAY<STRING>',
      'MULTISET<DOUBLE>',
      'MAP<STRING, BYTES>',
      'ROW<`x` DOUBLE, `y` DOUBLE>',
      'DECIMAL(10, 2)',
      'CHAR(3)',
      null,
    ]);
    expect(tables[0].watermark?.column).toBe('ts');
    await expect(judge(tables[0].sql, 'source')).resolves.toEqual({ ok: true });
  });

  it("refuses a misspelt Flink type as UNKNOWN_TYPE with Flink's spelling, at the type, as Flink refuses it", async () => {
    const sql = datagen('id BIGINT,\n  ts TIMESTMAP(3)');
    const { tables, errors } = await resolve(sql, { dialect: 'flink' });
    expect(tables).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_TYPE',
        columnName: 'ts',
        type: 'TIMESTMAP(3)',
        suggestion: 'TIMESTAMP',
        message: "column 'ts': unknown type 'TIMESTMAP(3)'; did you mean 'TIMESTAMP'?",
        line: 3,
        column: 6,
      }),
    ]);
    // Flink reads an unknown name as a user-defined type, which takes no parameters.
    expect(await judge(sql, 'source')).toMatchObject({ ok: false, stage: 'ddl', message: expect.stringContaining('line 3, column 15') });
  });

  it("suggests Flink's type for Arroyo's, and takes Flink's backticks where Arroyo warns", async () => {
    const sql = datagen('`id` BIGINT,\n  name TEXT');
    const flink = await resolve(sql, { dialect: 'flink' });
    expect(flink.errors.map((e) => [e.code, 'suggestion' in e ? e.suggestion : undefined])).toEqual([['UNKNOWN_TYPE', 'STRING']]);
    expect(flink.warnings).toEqual([]);
    expect(await judge(sql, 'source')).toMatchObject({ ok: false, stage: 'ddl' });
    const fixed = datagen('`id` BIGINT,\n  name STRING');
    expect((await resolve(fixed, { dialect: 'flink' })).errors).toEqual([]);
    await expect(judge(fixed, 'source')).resolves.toEqual({ ok: true });
  });
});
