import { describe, expect, it } from 'vitest';
import { messageOf, parseError } from '../../src/errors/index.js';
import { charCodes } from '../../src/sql/char-codes.js';
import { parseScript, rewriteOptions, scan, sqlString, StatementReader, TokenKind } from '../../src/sql/index.js';

const only = (sql: string) => {
  const { statements, problems } = parseScript(sql);
  expect(problems).toEqual([]);
  expect(statements).toHaveLength(1);
  return statements[0];
};

describe('scanner', () => {
  it('pairs each parenthesis with the one that closes it, never across a semicolon', () => {
    const sql = 'a (b (c) d) (e; f) (g';
    const { tokens } = scan(sql);
    const at = (text: string, from = 0) => {
      for (let t = 0; t < tokens.count; t++) if (tokens.starts[t] >= from && sql.slice(tokens.starts[t], tokens.ends[t]) === text) return t;
      return -1;
    };
    const partnerText = (t: number) => (tokens.partners[t] < 0 ? null : sql.slice(0, tokens.ends[tokens.partners[t]]));
    expect(partnerText(at('('))).toBe('a (b (c) d)');
    expect(partnerText(at('(', 4))).toBe('a (b (c)');
    expect(partnerText(at('(', 12))).toBeNull(); // `(e;` is cut by the semicolon: `f)` closes nothing
    expect(partnerText(at('(', 19))).toBeNull();
  });

  it('knows strings with doubled quotes, quoted and backtick identifiers, and both comment forms', () => {
    const sql = 'a \'it\'\'s\' "we""ird" `ba``ck` -- line ; comment\n/* block ; comment */ 1.5e3';
    const { tokens, problems } = scan(sql);
    expect(problems).toEqual([]);
    const kinds = Array.from(tokens.kinds.slice(0, tokens.count));
    expect(kinds).toEqual([TokenKind.Word, TokenKind.String, TokenKind.Quoted, TokenKind.Backtick, TokenKind.Number]);
    expect(sql.slice(tokens.starts[4], tokens.ends[4])).toBe('1.5e3');
  });

  it('reads the same code units as charCodeAt, for short and long text, surrogate pairs and all', () => {
    for (const text of ['', 'a;', "x = 'h\u00e9llo \u{1F680}'\r\n", 'w'.repeat(3) + '\u{1F680}'.repeat(5000)]) {
      expect(Array.from(charCodes(text))).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
    }
  });

  it('positions problems at the opening quote or the stray byte', () => {
    expect(scan("x = 'open").problems).toEqual([{ syntax: { unterminated: 'string literal' }, offset: 4 }]);
    expect(scan('x /* open').problems).toEqual([{ syntax: { unterminated: '/* comment' }, offset: 2 }]);
    expect(scan('x \u0000 y').problems).toEqual([{ syntax: { unexpected: 'NUL byte' }, offset: 2 }]);
  });
});

describe('statements', () => {
  it('splits on ; outside strings, identifiers and comments, and drops empty statements', () => {
    const { statements } = parseScript('SELECT \';\';; -- a ; b\nSELECT "x;y" /* ; */;\n;');
    expect(statements.map((s) => s.text)).toEqual(["SELECT ';'", 'SELECT "x;y"']);
    expect(statements.map((s) => s.span.line)).toEqual([1, 2]);
  });

  it('counts CRLF as one line break and columns in UTF-16 units', () => {
    const statement = only("CREATE TABLE t (a INT)\r\nWITH (\r\n  note = 'h\u00e9llo \u{1F680}', topic = 'x')");
    const [note, topic] = statement.table!.options;
    expect(note.value).toBe('h\u00e9llo \u{1F680}');
    expect([note.keySpan.line, note.keySpan.column]).toEqual([3, 3]);
    expect([topic.keySpan.line, topic.keySpan.column]).toEqual([3, 22]);
  });

  it('passes every statement but a connector table through as other', () => {
    const { statements } = parseScript(
      "CREATE VIEW v AS SELECT 1; INSERT INTO t SELECT 1; SET 'a' = 'b'; CREATE TEMPORARY VIEW w AS SELECT 2; CREATE TABLE c AS SELECT 1; CREATE TABLE l LIKE other; CREATE TABLE n AS SELECT 1 AS x;",
    );
    expect(statements.map((s) => s.kind)).toEqual(['other', 'other', 'other', 'other', 'other', 'other', 'other']);
  });

  it('reads the WITH clause of CREATE TABLE … AS SELECT and … LIKE, with or without a column list', () => {
    const { statements, problems } = parseScript(
      "CREATE TABLE a WITH (topic = 'a') AS SELECT * FROM src; CREATE TABLE b COMMENT 'x' WITH (topic = 'b') LIKE src (EXCLUDING ALL);" +
        " CREATE TABLE c (x INT) WITH (topic = 'c') AS SELECT 1 AS x; CREATE TABLE d AS SELECT * FROM t WITH (topic = 'no');",
    );
    expect(problems).toEqual([]);
    expect(statements.map((s) => s.kind)).toEqual(['create_table', 'create_table', 'create_table', 'other']);
    expect(
      statements.slice(0, 3).map((s) => [s.table!.name, s.table!.options[0].value, s.table!.columnsText, s.table!.columns?.length]),
    ).toEqual([
      ['a', 'a', '', 0],
      ['b', 'b', '', 0],
      ['c', 'c', 'x INT', 1],
    ]);
    const rewritten = rewriteOptions(statements[0], [{ key: 'topic', value: sqlString('z') }]);
    expect(rewritten).toBe("CREATE TABLE a WITH (\n  'topic' = 'z'\n) AS SELECT * FROM src");
  });

  it('reads statements one at a time, on demand and again, as parseScript reads them all', () => {
    const sql = "CREATE TABLE a (x INT) WITH (topic = 'a'); CREATE TABLE b (x INT) WITH (topic = 'b) ; SELECT 1";
    const reader = new StatementReader(sql);
    expect(reader.count).toBe(2);
    expect(reader.problems.map((p) => [messageOf(parseError(p.syntax)), p.statementIndex])).toEqual([['unterminated string literal', 1]]);
    expect([reader.isBroken(0), reader.isBroken(1)]).toEqual([false, true]);
    const first = reader.read(0);
    expect(first.statement.table!.options.map((o) => o.value)).toEqual(['a']);
    expect(reader.read(0)).toEqual(first);
    expect(reader.read(1).statement.kind).toBe('other');
    expect(parseScript(sql).statements).toEqual([first.statement, reader.read(1).statement]);
  });

  it('finds one option of each statement without building the table, as the full read would', () => {
    const sql = [
      "CREATE TABLE a (x INT) WITH ('connection_profile' = 'p1', topic = 't')",
      "CREATE TABLE b WITH (topic = 't', connection_profile = 'p2', connection_profile = 'p3') AS SELECT 1",
      'CREATE TABLE c (x INT) WITH (connection_profile = 42)',
      "CREATE VIEW v WITH (connection_profile = 'nope') AS SELECT 1",
      "CREATE TABLE d (x INT) WITH (topic 't', connection_profile = 'broken')",
      "CREATE TABLE e (x INT) WITH (connection_profile = 'unterminated)",
    ].join(';\n');
    const reader = new StatementReader(sql);
    const found = Array.from({ length: reader.count }, (_, i) => reader.optionValue(i, 'connection_profile'));
    expect(found).toEqual(['p1', 'p2', '42', undefined, undefined, undefined]);
    const read = Array.from(
      { length: reader.count },
      (_, i) => reader.read(i).statement.table?.options.find((o) => o.key === 'connection_profile')?.value,
    );
    expect(read.slice(0, 4)).toEqual(found.slice(0, 4));
  });

  it('gives a statement its own syntax problem, positioned in the whole script', () => {
    const reader = new StatementReader("SELECT 1;\nCREATE TABLE t (x INT) WITH (topic 'a')");
    expect(reader.read(1).problem).toMatchObject({ code: 'PARSE_ERROR', line: 2, column: 36, statementIndex: 1 });
    expect(reader.read(0).problem).toBeUndefined();
  });
});

describe('CREATE TABLE', () => {
  it('reads the envelope: temporary, if not exists, qualified quoted names, clauses before WITH', () => {
    const statement = only(
      "CREATE TEMPORARY TABLE IF NOT EXISTS `cat`.\"db\".orders (id BIGINT) COMMENT 'x (y)' PARTITIONED BY (id) WITH ('k' = 'v')",
    );
    const table = statement.table!;
    expect(table).toMatchObject({ name: 'cat.db.orders', temporary: true, ifNotExists: true, columnsText: 'id BIGINT' });
    expect(table.options.map((o) => [o.key, o.value])).toEqual([['k', 'v']]);
    expect(statement.text.slice(table.withSpan!.offset - statement.span.offset, table.withSpan!.end - statement.span.offset)).toBe(
      "('k' = 'v')",
    );
  });

  it('reads bare, dotted and quoted keys, and strings, numbers, booleans and intervals', () => {
    const table = only(
      "CREATE TABLE t (a INT) WITH (topic = 'a''b', source.offset = 'latest', \"auth.type\" = 'sasl', `x` = -1.5, y = 42, z = TRUE, w = INTERVAL '5' second)",
    ).table!;
    expect(table.options.map((o) => [o.key, o.value, o.valueKind])).toEqual([
      ['topic', "a'b", 'string'],
      ['source.offset', 'latest', 'string'],
      ['auth.type', 'sasl', 'string'],
      ['x', '-1.5', 'number'],
      ['y', '42', 'number'],
      ['z', 'true', 'boolean'],
      ['w', '5 SECOND', 'interval'],
    ]);
    expect(table.options[6].valueText).toBe("INTERVAL '5' second");
  });

  it('reports malformed option lists at the offending token', () => {
    const cases: Array<[string, string, number]> = [
      ["CREATE TABLE t (a INT) WITH (topic 'x')", "expected '=' after option key 'topic', found a string literal of 3 characters", 36],
      [
        'CREATE TABLE t (a INT) WITH (topic = )',
        "expected a value for option 'topic' (a string, number, true/false, identifier, INTERVAL or [array]), found ')'",
        38,
      ],
      ["CREATE TABLE t (a INT) WITH (topic = 'x',)", "expected an option after ',', found ')'", 42],
      [
        "CREATE TABLE t (a INT) WITH (topic = 'x' junk)",
        "expected ',' or ')' after the value of option 'topic', found a word of 4 characters",
        42,
      ],
    ];
    for (const [sql, message, column] of cases) {
      const { problems } = parseScript(sql);
      expect(problems).toMatchObject([{ code: 'PARSE_ERROR', line: 1, column }]);
      // The reader gives data (what it expected, the token's kind and length); messageOf words it.
      expect(messageOf(parseError(problems[0].syntax))).toBe(message);
    }
  });

  it('never quotes a token it cannot read: it names its kind and length', () => {
    const canary = 'CANARY-pe-41';
    const cases: Array<[string, string]> = [
      [`'auth.password' = "${canary}" "${canary}"`, 'found a double-quoted identifier of 14 characters'],
      [`'auth.password' = ${canary}`, "after the value of option 'auth.password'"],
      [`\`auth.password\` = [\`${canary}\` \`${canary}\`]`, 'found a backtick identifier of 14 characters'],
      [`'auth.password' 'x' ${canary}`, 'found a string literal of 3 characters'],
      [`topic = 'o' ${canary}`, 'found a word of 6 characters'],
    ];
    for (const [options, message] of cases) {
      const { problems } = parseScript(`CREATE TABLE t (a INT) WITH (${options})`);
      expect(problems.length, options).toBeGreaterThan(0);
      expect(messageOf(parseError(problems[0].syntax)), options).toContain(message);
      expect(JSON.stringify(problems), options).not.toContain(canary);
    }
    const { problems } = parseScript(`CREATE TABLE "${canary}" "x" WITH (a = 'b')`);
    expect(JSON.stringify(problems)).not.toContain(canary);
  });

  it("reads the column list on the script's tokens, positioned in the script, unless asked not to", () => {
    const sql = "CREATE TABLE t (\n  id BIGINT NOT NULL,\n  n VARCHR\n) WITH ('k' = 'v')";
    const table = only(sql).table!;
    expect(table.columns!.map((c) => [c.name, c.type?.sql ?? null, c.nullable])).toEqual([
      ['id', 'BIGINT', false],
      ['n', null, true],
    ]);
    expect(table.columns![1].nameSpan).toMatchObject({ line: 3, column: 3 });
    expect(table.columnProblems).toMatchObject([{ code: 'UNKNOWN_TYPE', span: { line: 3, column: 5 } }]);
    expect(parseScript("CREATE TABLE t (a INT) WITH ('k' = 'v')", { parseColumns: false }).statements[0].table!.columns).toBeNull();
  });
});

describe('rewriting', () => {
  it('replaces the WITH clause, quoting keys and values whatever they contain', () => {
    const statement = only("CREATE TABLE t (a INT) COMMENT 'c' WITH (connection_profile = 'p')");
    const sql = rewriteOptions(statement, [
      { key: 'connector', value: sqlString('kafka') },
      { key: "we'ird", value: sqlString("it's; -- not a comment") },
    ]);
    expect(sql).toBe("CREATE TABLE t (a INT) COMMENT 'c' WITH (\n  'connector' = 'kafka',\n  'we''ird' = 'it''s; -- not a comment'\n)");
    const again = only(sql).table!;
    expect(again.options.map((o) => [o.key, o.value])).toEqual([
      ['connector', 'kafka'],
      ["we'ird", "it's; -- not a comment"],
    ]);
    expect(rewriteOptions(statement, [{ key: 'k', value: sqlString("''") }])).toContain("'k' = ''''''\n)");
  });
});
