import { describe, expect, it } from 'vitest';
import { columnsUnparsed, messageOf } from '../../src/errors/index.js';
import { parseColumns } from '../../src/sql/index.js';

const types = (text: string) => parseColumns(text).columns!.map((c) => c.type?.sql);
const codes = (text: string) => parseColumns(text).problems.map((p) => [p.code, p.span.column]);

describe('reading a column list', () => {
  it('takes keywords as bare names, and "quoted" and `backticked` names unquoted', () => {
    const { columns, problems } = parseColumns(
      'timestamp TIMESTAMP NOT NULL, count BIGINT, user TEXT, value TEXT, type TEXT NOT NULL, time TIMESTAMP, path TEXT, "Order ""Id""" BIGINT, `key` TEXT',
    );
    expect(columns!.map((c) => c.name)).toEqual(['timestamp', 'count', 'user', 'value', 'type', 'time', 'path', 'Order "Id"', 'key']);
    expect(columns!.map((c) => c.nullable)).toEqual([false, true, true, true, false, true, true, true, true]);
    expect(problems).toMatchObject([{ code: 'ENGINE_REFUSES', severity: 'warning', span: { column: 138 } }]);
  });

  it('normalises every type Arroyo takes to its canonical name and parameters', () => {
    expect(types('a TEXT, b VARCHAR, c VARCHAR(64), d STRING, e CHAR(2)')).toEqual(['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT']);
    expect(parseColumns('c VARCHAR(64)').columns![0].type).toEqual({ name: 'TEXT', sql: 'TEXT', length: 64 });
    expect(types('a BOOLEAN, b BOOL, c TINYINT, d SMALLINT, e INT2, f INT, g INTEGER, h INT4, i BIGINT, j INT8')).toEqual([
      'BOOLEAN',
      'BOOLEAN',
      'TINYINT',
      'SMALLINT',
      'SMALLINT',
      'INT',
      'INT',
      'INT',
      'BIGINT',
      'BIGINT',
    ]);
    expect(
      types('a TINYINT UNSIGNED, b SMALLINT UNSIGNED, c INT UNSIGNED, d INTEGER UNSIGNED, e BIGINT UNSIGNED, f INT(11) UNSIGNED'),
    ).toEqual(['TINYINT UNSIGNED', 'SMALLINT UNSIGNED', 'INT UNSIGNED', 'INT UNSIGNED', 'BIGINT UNSIGNED', 'INT UNSIGNED']);
    expect(types('a FLOAT, b REAL, c FLOAT4, d DOUBLE, e DOUBLE PRECISION, f FLOAT8')).toEqual([
      'FLOAT',
      'FLOAT',
      'FLOAT',
      'DOUBLE',
      'DOUBLE',
      'DOUBLE',
    ]);
    expect(parseColumns('a DECIMAL(10, 2), b NUMERIC(5), c DECIMAL').columns!.map((c) => c.type)).toEqual([
      { name: 'DECIMAL', sql: 'DECIMAL(10, 2)', precision: 10, scale: 2 },
      { name: 'DECIMAL', sql: 'DECIMAL(5, 0)', precision: 5, scale: 0 },
      { name: 'DECIMAL', sql: 'DECIMAL(38, 10)', precision: 38, scale: 10 },
    ]);
    expect(types('a TIMESTAMP, b TIMESTAMP(3), c DATETIME, d DATE, e TIME, f TIME WITHOUT TIME ZONE, g INTERVAL, h BYTEA, i JSON')).toEqual(
      ['TIMESTAMP', 'TIMESTAMP(3)', 'TIMESTAMP', 'DATE', 'TIME', 'TIME', 'INTERVAL', 'BYTEA', 'JSON'],
    );
    expect(parseColumns('ts timestamp(6)').columns![0].type).toEqual({ name: 'TIMESTAMP', sql: 'TIMESTAMP(6)', precision: 6 });
  });

  it('reads nested STRUCT types and arrays in both spellings', () => {
    const [properties, tags, list] = parseColumns(
      'properties STRUCT <\n user_id TEXT,\n timings INT[],\n name STRUCT<first TEXT, "last name" TEXT>\n>, tags TEXT[], list ARRAY<STRUCT<a INT>>',
    ).columns!;
    expect(properties.type!.sql).toBe('STRUCT<user_id TEXT, timings INT[], name STRUCT<first TEXT, "last name" TEXT>>');
    expect(properties.type!.fields![1]).toEqual({
      name: 'timings',
      type: { name: 'ARRAY', sql: 'INT[]', element: { name: 'INT', sql: 'INT' } },
    });
    expect(properties.type!.fields![2].type.fields!.map((f) => f.name)).toEqual(['first', 'last name']);
    expect(tags.type).toEqual({ name: 'ARRAY', sql: 'TEXT[]', element: { name: 'TEXT', sql: 'TEXT' } });
    expect(list.type!.sql).toBe('STRUCT<a INT>[]');
  });

  it('refuses an unknown type at the type, with what Arroyo has instead where that is plain', () => {
    const { columns, problems } = parseColumns('id BIGINT,\n  n VARCHR(10) NOT NULL,\n  r ROW<a INT, b STRING>,\n  m MAP<STRING, INT>');
    expect(columns!.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['id', { name: 'BIGINT', sql: 'BIGINT' }, true],
      ['n', null, false],
      ['r', null, true],
      ['m', null, true],
    ]);
    expect(problems).toMatchObject([
      {
        code: 'UNKNOWN_TYPE',
        severity: 'error',
        written: 'VARCHR',
        message: "column 'n': unknown type 'VARCHR(10)'",
        span: { line: 2, column: 5 },
      },
      { code: 'UNKNOWN_TYPE', written: 'ROW', suggestion: 'STRUCT', span: { line: 3, column: 5 } },
      { code: 'UNKNOWN_TYPE', written: 'MAP', suggestion: 'JSON', span: { line: 4, column: 5 } },
    ]);
  });

  it('refuses the parameters and forms Arroyo refuses, at the type', () => {
    expect(codes('a TIMESTAMP(4), b DECIMAL(40, 2), c DECIMAL(2, 3), d DATE(3), e TIMESTAMP WITH TIME ZONE, f INT[][], g TEXT')).toEqual([
      ['INVALID_COLUMN', 3],
      ['INVALID_COLUMN', 19],
      ['INVALID_COLUMN', 37],
      ['INVALID_COLUMN', 54],
      ['INVALID_COLUMN', 65],
      ['INVALID_COLUMN', 93],
    ]);
    expect(parseColumns('a TIMESTAMP(4)').problems[0].message).toMatch(
      /0 \(seconds\), 3 \(milliseconds\), 6 \(microseconds\) or 9 \(nanoseconds\)/,
    );
  });

  it('reads NULL, NOT NULL, PRIMARY KEY, METADATA FROM and computed columns', () => {
    const { columns, primaryKey, problems } = parseColumns(
      "customer_id TEXT METADATA FROM 'key' PRIMARY KEY, name TEXT NULL, topic TEXT METADATA FROM 'topic' VIRTUAL, " +
        "day TEXT GENERATED ALWAYS AS (date_trunc('day', ts)) STORED, ts TIMESTAMP NOT NULL, " +
        'twice BIGINT GENERATED ALWAYS AS (n * 2) VIRTUAL, n INT, d AS CAST(ts AS DATE)',
    );
    expect(
      columns!.map((c) => [
        c.name,
        c.primaryKey,
        c.metadata && [c.metadata.key, c.metadata.virtual],
        c.generated && [c.generated.expression.text, c.generated.mode, c.generated.form],
      ]),
    ).toEqual([
      ['customer_id', true, ['key', false], null],
      ['name', false, null, null],
      ['topic', false, ['topic', true], null],
      ['day', false, null, ["date_trunc('day', ts)", 'stored', 'generated']],
      ['ts', false, null, null],
      ['twice', false, null, ['n * 2', 'virtual', 'generated']],
      ['n', false, null, null],
      ['d', false, null, ['CAST(ts AS DATE)', null, 'as']],
    ]);
    expect(columns![7].type).toBeNull();
    expect(primaryKey).toMatchObject({ columns: ['customer_id'], form: 'column', enforced: true });
    expect(columns![3].generated!.expression).toMatchObject({ checked: true, span: { column: 139 } });
    // VIRTUAL after METADATA and `name AS expr` are Flink's, not Arroyo's.
    expect(problems.map((p) => p.code)).toEqual(['ENGINE_REFUSES', 'ENGINE_REFUSES']);
  });

  it('reads PRIMARY KEY (…) [NOT ENFORCED] and WATERMARK FOR col [AS expr] elements', () => {
    const read = parseColumns(
      "id BIGINT, ts TIMESTAMP(3),\n  PRIMARY KEY (id) NOT ENFORCED,\n  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND",
    );
    expect(read.primaryKey).toMatchObject({ columns: ['id'], form: 'element', enforced: false, span: { line: 2, column: 3 } });
    expect(read.columns![0].primaryKey).toBe(true);
    expect(read.watermark).toMatchObject({
      column: 'ts',
      columnSpan: { line: 3, column: 17 },
      expression: { text: "ts - INTERVAL '5' SECOND", checked: true, span: { line: 3, column: 23 } },
    });
    expect(read.problems).toMatchObject([{ code: 'ENGINE_REFUSES', span: { line: 2, column: 3 } }]);
    expect(parseColumns('ts TIMESTAMP, WATERMARK FOR ts').watermark).toMatchObject({ column: 'ts', expression: null });
    expect(parseColumns('CONSTRAINT pk PRIMARY KEY (a), a INT').primaryKey).toMatchObject({ columns: ['a'], form: 'element' });
  });

  it('checks keys and watermarks against the columns', () => {
    expect(parseColumns('a INT, PRIMARY KEY (b)').problems.map((p) => p.code)).toEqual(['ENGINE_REFUSES', 'INVALID_COLUMN']);
    expect(parseColumns('a INT PRIMARY KEY, PRIMARY KEY (a)').problems.map((p) => p.message)).toContain(
      'the primary key is declared twice (first at line 1, column 1)',
    );
    expect(parseColumns('a INT, WATERMARK FOR b').problems).toMatchObject([
      { code: 'INVALID_COLUMN', message: "WATERMARK FOR names 'b', which is not a column of the table", span: { column: 22 } },
    ]);
    expect(parseColumns('a INT, WATERMARK FOR a').problems[0].message).toMatch(/the column is INT, and Arroyo takes a TIMESTAMP column/);
    expect(parseColumns('a TIMESTAMP, WATERMARK FOR a, WATERMARK FOR a').problems[0].message).toBe('a table takes one WATERMARK FOR only');
    expect(parseColumns('a INT, b TEXT, a TEXT').problems).toMatchObject([
      { code: 'INVALID_COLUMN', message: "column 'a' is declared twice (first at line 1, column 1)", span: { column: 16 } },
    ]);
  });

  it('finds a repeated column, and the columns of a key element, alike in short and long lists', () => {
    // Short lists are checked by a scan, long ones (past 16 columns) through a map.
    for (const count of [3, 16, 17, 40]) {
      const names = Array.from({ length: count }, (_, i) => `c${i}`);
      const last = `c${count - 1}`;
      const text = `${names.map((n) => `${n} INT`).join(', ')}, c1 TEXT, ${last} TEXT, PRIMARY KEY (${last}, c0)`;
      const read = parseColumns(text);
      expect(read.problems.filter((p) => p.code === 'INVALID_COLUMN').map((p) => p.message)).toEqual([
        "column 'c1' is declared twice (first at line 1, column 9)",
        `column '${last}' is declared twice (first at line 1, column ${text.indexOf(`${last} INT`) + 1})`,
      ]);
      expect(read.primaryKey).toMatchObject({ columns: [last, 'c0'], form: 'element' });
      // The first of each name is the key's column, not the repeat.
      expect(read.columns!.filter((c) => c.primaryKey).map((c) => [c.name, c.type?.sql])).toEqual([
        ['c0', 'INT'],
        [last, 'INT'],
      ]);
    }
  });

  it('checks expressions with node-sql-parser, keyword column names included, and warns on what it cannot read', () => {
    const read = parseColumns(
      "timestamp TIMESTAMP, value INT, v2 INT GENERATED ALWAYS AS (value * 2), WATERMARK FOR timestamp AS timestamp - INTERVAL '1' SECOND",
    );
    expect(read.watermark!.expression!.checked).toBe(true);
    expect(read.columns![2].generated!.expression.checked).toBe(true);
    const odd = parseColumns('a INT, b INT GENERATED ALWAYS AS (a +)');
    expect(odd.columns![1].generated!.expression.checked).toBe(false);
    expect(odd.problems).toMatchObject([
      { code: 'EXPRESSION_UNCHECKED', severity: 'warning', message: expect.stringContaining("'a +'"), span: { column: 35 } },
    ]);
  });

  it('takes a trailing comma, saying that Arroyo does not', () => {
    const read = parseColumns('a INT,\n  b TEXT,\n');
    expect(read.columns!.map((c) => c.name)).toEqual(['a', 'b']);
    expect(read.problems).toMatchObject([{ code: 'ENGINE_REFUSES', span: { line: 2, column: 9 } }]);
  });

  it('keeps malformed text as raw text, saying where it stopped', () => {
    for (const [text, message, column] of [
      ['id BIGINT junk', "expected ',' or the end of the column list, found a word of 4 characters", 11],
      ['id', "expected a type for column 'id', found the end of the statement", 3],
      ['a TEXT METADATA FROM key', 'expected the metadata field as a string after METADATA FROM, found a word of 3 characters', 22],
      ['a DECIMAL(10', "expected ')' after a type's parameters, found the end of the statement", 13],
      ['s STRUCT<a INT', "expected ',' or '>' in a STRUCT's fields, found the end of the statement", 15],
      ['a INT GENERATED ALWAYS AS a', "expected '(' after GENERATED ALWAYS AS, found a word of 1 character", 27],
      [', a INT', "expected a column name, WATERMARK FOR or PRIMARY KEY, found ','", 1],
    ] as const) {
      const read = parseColumns(text);
      expect(read.columns, text).toBeNull();
      expect(messageOf(columnsUnparsed(read.note!, read.noteSpan!))).toBe(
        `${message} (line 1, column ${column}); columns kept as raw text; the column rules are skipped`,
      );
      expect(read.noteSpan).toMatchObject({ line: 1, column });
    }
    expect(parseColumns('').columns).toEqual([]);
  });

  it('stays linear on a long list and does not hand deep expressions to the grammar', () => {
    const wide = Array.from({ length: 20_000 }, (_, i) => `c${i} BIGINT NOT NULL`).join(', ');
    const started = performance.now();
    expect(parseColumns(wide).columns).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
    const deep = `a INT, b INT GENERATED ALWAYS AS (${'('.repeat(40)}a${')'.repeat(40)})`;
    expect(parseColumns(deep).problems).toMatchObject([
      { code: 'EXPRESSION_UNCHECKED', message: expect.stringContaining('nests parentheses deeper than 16') },
    ]);
  });
});
