import { describe, expect, it } from 'vitest';
import { resolve, type ProfileDefinition } from '../../src/index.js';

const profiles: ProfileDefinition[] = [{ name: 'k', connector: 'kafka', config: { bootstrap_servers: 'k:9092' } }];
const good = (i: number) => `CREATE TABLE t${i} (id BIGINT, v STRING) WITH (connection_profile = 'k', topic = 't${i}', format = 'json');`;

describe('bad input gets diagnostics, never a crash or a hang', () => {
  it('malformed statements are reported one by one and do not stop the rest', async () => {
    const sql = [
      good(1),
      "CREATE TABLE broken (id INT) WITH (connection_profile = 'k' topic = 'x');",
      "CREATE TABLE broken2 (id INT) WITH (connection_profile = , topic = 'x');",
      "CREATE TABLE broken3 (id INT WITH (connection_profile = 'k');",
      good(2),
    ].join('\n');
    const result = await resolve(sql, { profiles });
    expect(result.tables.map((t) => t.table)).toEqual(['t1', 't2']);
    expect(result.errors.map((e) => [e.code, e.line])).toEqual([
      ['PARSE_ERROR', 2],
      ['PARSE_ERROR', 3],
      ['PARSE_ERROR', 4],
    ]);
    expect(result.errors[0].message).toContain("expected ',' or ')' after the value of option 'connection_profile'");
    expect(result.errors[0].column).toBe(sql.split('\n')[1].indexOf('topic') + 1);
  });

  it('refuses a script that is not a string, or profiles that are neither a list nor a source, with a stable code', async () => {
    await expect(resolve(undefined as unknown as string)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    const notASource = { name: 'k', connector: 'kafka' } as unknown as ProfileDefinition[];
    await expect(resolve(good(1), { profiles: notASource })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('ProfileSource'),
    });
  });

  it('never quotes a string literal of a broken statement, which may be a secret', async () => {
    const result = await resolve("CREATE TABLE o (id INT) WITH (connector = 'kafka', 'auth.password' 'hunter2-canary', topic = 'o');", {
      profiles,
    });
    expect(result.errors).toMatchObject([
      { code: 'PARSE_ERROR', message: expect.stringContaining("expected '=' after option key 'auth.password', found a string literal") },
    ]);
    expect(JSON.stringify(result)).not.toContain('hunter2-canary');
  });

  it('NUL bytes outside strings are positioned errors; inside strings they are data', async () => {
    const result = await resolve(
      `CREATE TABLE a (id INT) WITH (connection_profile = 'k', topic = 'x\u0000y', format = 'json');\nCREATE TABLE b (id INT)\u0000 WITH (connection_profile = 'k', topic = 'b', format = 'json');`,
      { profiles },
    );
    expect(result.tables.map((t) => t.config.topic)).toEqual(['x\u0000y']);
    expect(result.errors).toMatchObject([{ code: 'PARSE_ERROR', line: 2, column: 24, message: 'unexpected NUL byte' }]);
  });

  it('unterminated comments and identifiers are positioned', async () => {
    const comment = await resolve(`${good(1)}\n/* never closed`, { profiles });
    expect(comment.tables).toHaveLength(1);
    expect(comment.errors).toMatchObject([{ code: 'PARSE_ERROR', line: 2, column: 1 }]);
    const ident = await resolve('CREATE TABLE "open (id INT);', { profiles });
    expect(ident.errors).toMatchObject([{ code: 'PARSE_ERROR', line: 1, column: 14, message: 'unterminated quoted identifier' }]);
  });

  it('deeply nested parentheses are neither a stack overflow nor a hang', async () => {
    const depth = 100_000;
    const sql = `CREATE TABLE deep (x INT, y ${'('.repeat(depth)}${')'.repeat(depth)}) WITH (connection_profile = 'k', topic = 'd', format = 'json');`;
    const result = await resolve(sql, { profiles });
    expect(result.errors).toEqual([]);
    expect(result.tables[0].columns).toBeNull();
    expect(result.warnings).toMatchObject([{ code: 'COLUMNS_UNPARSED', table: 'deep' }]);
    const unbalanced = await resolve(`CREATE TABLE deep (x ${'('.repeat(depth)}) WITH (connection_profile = 'k');`, { profiles });
    expect(unbalanced.errors).toMatchObject([{ code: 'PARSE_ERROR', line: 1, column: 19 }]);
  });

  it('resolves 100,000 statements', async () => {
    const sql = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? good(i) : `INSERT INTO t${i - 1} SELECT 1;`)).join('\n');
    const result = await resolve(sql, { profiles, parseColumns: false });
    expect(result.tables).toHaveLength(50_000);
    expect(result.passthrough).toHaveLength(50_000);
    expect(result.tables[49_999].line).toBe(99_999);
  }, 120_000);

  it('reads a 10 MB script', async () => {
    const statement = good(0);
    const count = Math.ceil((10 * 1024 * 1024) / (statement.length + 1));
    const sql = Array.from({ length: count }, (_, i) => good(i)).join('\n');
    expect(sql.length).toBeGreaterThan(10 * 1024 * 1024);
    const result = await resolve(sql, { profiles, maxStatements: count });
    expect(result.errors).toEqual([]);
    expect(result.tables).toHaveLength(count);
  }, 120_000);

  it('values no schema allows are INVALID_VALUE at the value', async () => {
    const sql =
      "CREATE TABLE r (k STRING) WITH (connector = 'redis', address = 'http://nope', type = 'sink', target = 'list', 'target.key_prefix' = 'k', 'target.max_length' = 1.5, 'target.ttl_secs' = 'soon');";
    const result = await resolve(sql);
    expect(result.errors.map((e) => [e.code, e.key, e.column])).toEqual([
      ['INVALID_VALUE', 'address', sql.indexOf("'http://nope'") + 1],
      ['INVALID_VALUE', 'target.max_length', sql.indexOf('1.5') + 1],
      ['INVALID_VALUE', 'target.ttl_secs', sql.indexOf("'soon'") + 1],
    ]);
  });
});
