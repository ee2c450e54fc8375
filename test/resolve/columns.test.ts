import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineConnector, kafkaConnector, createRegistry, resolve, type ColumnRule, type ProfileDefinition } from '../../src/index.js';

const kafka: ProfileDefinition = { name: 'events', connector: 'kafka', config: { bootstrap_servers: 'broker-1:9092' } };
const cache: ProfileDefinition = { name: 'cache', connector: 'redis', config: { address: 'redis://cache-1:6379' } };
const profiles = [kafka, cache];
const source = (columns: string, extra = '') =>
  `CREATE TABLE t (${columns}) WITH (connection_profile = 'events', topic = 't', type = 'source', format = 'json'${extra});`;
const lookup = (columns: string) =>
  `CREATE TEMPORARY TABLE c (${columns}) WITH (connection_profile = 'cache', type = 'lookup', format = 'json');`;
const sink = (columns: string, target: string) =>
  `CREATE TABLE s (${columns}) WITH (connection_profile = 'cache', type = 'sink', format = 'json', 'target.key_prefix' = 'k.', ${target});`;

describe('columns in a resolve', () => {
  it('resolves the README quick start with no warning, its watermark read', async () => {
    const sql = readFileSync(new URL('../../fixtures/orders.sql', import.meta.url), 'utf8');
    const profilesFile = JSON.parse(readFileSync(new URL('../../fixtures/profiles.json', import.meta.url), 'utf8'));
    const { tables, errors, warnings, columnRules } = await resolve(sql, { profiles: profilesFile, env: { KAFKA_PASSWORD: 'x' } });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(columnRules).toBe('checked');
    expect(tables[0].watermark).toMatchObject({
      column: 'ts',
      expression: { text: "ts - INTERVAL '5' SECOND", checked: true, span: { line: 7, column: 25 } },
    });
    expect(tables[1].columns!.map((c) => [c.name, c.type!.sql, c.nullable])).toEqual([
      ['customer_id', 'BIGINT', false],
      ['total', 'DOUBLE', true],
    ]);
  });

  it('reports an unknown type at the type, with a suggestion, and drops only that table', async () => {
    const { tables, errors } = await resolve(
      `${source('id BIGINT,\n  name VARCHR')}\n${source('id BIGINT').replace('TABLE t', 'TABLE u')}`,
      { profiles },
    );
    expect(tables.map((t) => t.table)).toEqual(['u']);
    expect(errors).toEqual([
      {
        code: 'UNKNOWN_TYPE',
        columnName: 'name',
        type: 'VARCHR',
        message: "column 'name': unknown type 'VARCHR'; did you mean 'VARCHAR'?",
        line: 2,
        column: 8,
        table: 't',
        suggestion: 'VARCHAR',
      },
    ]);
  });

  it('positions a malformed column list where reading stopped, and still resolves the table', async () => {
    const { tables, warnings } = await resolve(source('id BIGINT,\n  x INT DEFAULT 0'), { profiles });
    expect(tables[0]).toMatchObject({ columns: null, primaryKey: null, watermark: null, columnsText: 'id BIGINT,\n  x INT DEFAULT 0' });
    expect(warnings).toEqual([
      {
        code: 'COLUMNS_UNPARSED',
        syntax: { expected: "',' or the end of the column list", found: { kind: 'word', length: 7 } },
        stoppedAt: { line: 2, column: 9 },
        message: expect.stringMatching(
          /found a word of 7 characters \(line 2, column 9\); columns kept as raw text; the column rules are skipped$/,
        ),
        line: 2,
        column: 9,
        table: 't',
      },
    ]);
  });

  it("checks a Redis lookup table's key: one TEXT METADATA FROM 'key' PRIMARY KEY column", async () => {
    expect((await resolve(lookup("id TEXT METADATA FROM 'key' PRIMARY KEY, plan TEXT"), { profiles })).errors).toEqual([]);
    const cases: Array<[string, string, number]> = [
      ['id TEXT PRIMARY KEY, plan TEXT', "the PRIMARY KEY column 'id' is not METADATA FROM 'key'", 27],
      ['id TEXT, plan TEXT', 'the table has no PRIMARY KEY', 1],
      ["id TEXT METADATA FROM 'key' PRIMARY KEY, plan TEXT PRIMARY KEY", "'plan' is a second PRIMARY KEY column", 68],
      ["id BIGINT METADATA FROM 'key' PRIMARY KEY", "metadata field 'key' of the redis connector is TEXT, but column 'id' is BIGINT", 30],
    ];
    for (const [columns, message, column] of cases) {
      const { tables, errors } = await resolve(lookup(columns), { profiles });
      expect(tables, columns).toEqual([]);
      expect(errors, columns).toMatchObject([
        { code: 'INVALID_COLUMN', message: expect.stringContaining(message), line: 1, column, table: 'c' },
      ]);
    }
  });

  it('checks that target.key_column and target.field_column name a non-nullable TEXT column, at the option', async () => {
    expect(
      (
        await resolve(
          sink('k TEXT NOT NULL, f TEXT NOT NULL, v TEXT', "target = 'hash', 'target.key_column' = 'k', 'target.field_column' = 'f'"),
          { profiles },
        )
      ).errors,
    ).toEqual([]);
    const { errors } = await resolve(
      sink('k TEXT, f BIGINT NOT NULL, v TEXT', "target = 'hash', 'target.key_column' = 'k', 'target.field_column' = 'f'"),
      { profiles },
    );
    expect(errors).toMatchObject([
      {
        code: 'INVALID_VALUE',
        key: 'target.key_column',
        message: "target.key_column must name a non-nullable TEXT column of the table: 'k' is TEXT, nullable",
        line: 1,
        column: 187,
        table: 's',
      },
      {
        code: 'INVALID_VALUE',
        key: 'target.field_column',
        message: "target.field_column must name a non-nullable TEXT column of the table: 'f' is BIGINT",
        line: 1,
        column: 216,
        table: 's',
      },
    ]);
    const missing = await resolve(sink('k TEXT NOT NULL', "target = 'string', 'target.key_column' = 'user'"), { profiles });
    expect(missing.errors).toMatchObject([
      { key: 'target.key_column', message: expect.stringContaining("the table has no column 'user'") },
    ]);
  });

  it('checks that event_time_field and watermark_field name a column, with the nearest one', async () => {
    expect((await resolve(source('ts TIMESTAMP', ", event_time_field = 'ts', watermark_field = 'ts'"), { profiles })).errors).toEqual([]);
    const { errors } = await resolve(source('event_ts TIMESTAMP', ",\n  event_time_field = 'event_tz', watermark_field = 'wm'"), {
      profiles,
    });
    expect(errors).toMatchObject([
      {
        code: 'INVALID_VALUE',
        key: 'event_time_field',
        message: "event_time_field names 'event_tz', which is not a column of the table; did you mean 'event_ts'?",
        suggestion: 'event_ts',
        line: 2,
        column: 22,
        table: 't',
      },
      {
        code: 'INVALID_VALUE',
        key: 'watermark_field',
        message: "watermark_field names 'wm', which is not a column of the table",
        line: 2,
        column: 52,
        table: 't',
      },
    ]);
  });

  it("checks each metadata field against the connector's, by name and type", async () => {
    const { errors } = await resolve(
      source("a BIGINT METADATA FROM 'offset_id', b TEXT METADATA FROM 'partition', c TEXT METADATA FROM 'topik'"),
      { profiles },
    );
    expect(errors).toMatchObject([
      {
        code: 'INVALID_COLUMN',
        message: "metadata field 'partition' of the kafka connector is INT, but column 'b' is TEXT",
        line: 1,
        column: 55,
        table: 't',
      },
      {
        code: 'INVALID_COLUMN',
        message: expect.stringMatching(/^the kafka connector gives no metadata field 'topik' \(it gives .*\); did you mean 'topic'\?$/),
        suggestion: 'topic',
        line: 1,
        column: 89,
        table: 't',
      },
    ]);
    const bare = defineConnector({ ...kafkaConnector, name: 'bare', metadataFields: undefined });
    const registry = createRegistry();
    registry.register(bare);
    const none = await resolve(
      "CREATE TABLE b (t TEXT METADATA FROM 'topic') WITH (connector = 'bare', bootstrap_servers = 'k:9092', topic = 't', format = 'json')",
      { registry },
    );
    expect(none.errors).toMatchObject([
      { code: 'INVALID_COLUMN', message: "the bare connector gives no metadata field 'topic' (it gives none)" },
    ]);
  });

  it('runs a connector’s own column rules, declared in its definition', async () => {
    const noBlobs: ColumnRule = ({ columns }) =>
      columns.filter((c) => c.type?.name === 'BYTEA').map((c) => ({ column: c.name, at: 'type', message: `no BYTEA here: '${c.name}'` }));
    const registry = createRegistry();
    registry.register(defineConnector({ ...kafkaConnector, name: 'strict', columnRules: [noBlobs] }));
    const { errors } = await resolve(
      "CREATE TABLE b (id BIGINT, body BYTEA) WITH (connector = 'strict', bootstrap_servers = 'k:9092', topic = 't', format = 'json')",
      { registry },
    );
    expect(errors).toMatchObject([{ code: 'INVALID_COLUMN', message: "no BYTEA here: 'body'", line: 1, column: 33, table: 'b' }]);
  });

  it('skips the column rules with parseColumns: false, and says so', async () => {
    const script = `${lookup('id TEXT, plan TEXT')}\n${source("a TEXT METADATA FROM 'nope'", ", event_time_field = 'none'")}`;
    expect((await resolve(script, { profiles })).errors.map((e) => e.code)).toEqual(['INVALID_COLUMN', 'INVALID_COLUMN', 'INVALID_VALUE']);
    const skipped = await resolve(script, { profiles, parseColumns: false });
    expect(skipped.errors).toEqual([]);
    expect(skipped.columnRules).toBe('skipped');
    expect(skipped.tables.map((t) => [t.columns, t.primaryKey, t.watermark])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('warns on expressions node-sql-parser cannot read and on forms Arroyo refuses, and still resolves', async () => {
    const { tables, warnings } = await resolve(
      source('`id` BIGINT, ts TIMESTAMP, d AS CAST(ts AS DATE), x BIGINT GENERATED ALWAYS AS (id +),'),
      { profiles },
    );
    expect(tables).toHaveLength(1);
    expect(warnings.map((w) => [w.code, w.column])).toEqual([
      ['ENGINE_REFUSES', 17],
      ['ENGINE_REFUSES', 46],
      ['ENGINE_REFUSES', 102],
      ['EXPRESSION_UNCHECKED', 97],
    ]);
    expect(warnings[3].message).toBe(
      "the expression 'id +' was not checked: node-sql-parser's grammar could not read it; it is kept as written",
    );
  });
});
