import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, resolve, type ProfileDefinition } from '../../src/index.js';

const head =
  "CREATE TABLE big (id BIGINT) WITH (\n  connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json', type = 'source'";
const properties = (count: number, prefix: string, value: string) =>
  Array.from({ length: count }, (_, i) => `,\n  'connection_properties.${prefix}${i}' = '${value}${i}'`).join('');

describe('resolving at scale', () => {
  it('resolves one table of 100,000 options, each in config, options and provenance, and reports a duplicate at its place', async () => {
    const count = 100_000;
    const sql = `${head}${properties(count, 'p', 'v')},\n  'connection_properties.p7' = 'again'\n)`;
    const { tables, errors } = await resolve(sql, { maxOptionsPerTable: count + 10 });
    expect(errors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_OPTION', key: 'connection_properties.p7', line: count + 3, column: 3 }),
    ]);
    expect(tables).toEqual([]);

    const clean = await resolve(`${head}${properties(count, 'p', 'v')}\n)`, { maxOptionsPerTable: count + 10 });
    expect(clean.errors).toEqual([]);
    const [table] = clean.tables;
    const map = table.config.connection_properties as Record<string, string>;
    expect(Object.keys(map)).toHaveLength(count);
    expect(map.p0).toBe('v0');
    expect(map[`p${count - 1}`]).toBe(`v${count - 1}`);
    expect(table.options[`connection_properties.p${count - 1}`]).toBe(`v${count - 1}`);
    expect(table.provenance[`connection_properties.p${count - 1}`]).toBe('table');
  }, 120_000);

  it('merges 30,000 connection_properties keys of a profile with 30,000 a table overrides', async () => {
    const count = 30_000;
    const config: Record<string, unknown> = { bootstrap_servers: 'k:9092', connection_properties: {} };
    for (let i = 0; i < count; i++) (config.connection_properties as Record<string, string>)[`p${i}`] = `profile${i}`;
    const profile: ProfileDefinition = { name: 'wide', connector: 'kafka', config, overridable: ['connection_properties.*'] };
    const sql = `CREATE TABLE t (id BIGINT) WITH (connection_profile = 'wide', topic = 't', format = 'json', type = 'source'${properties(count / 2, 'p', 'table')}${properties(count, 'q', 'table')})`;
    const { tables, errors } = await resolve(sql, { profiles: [profile], maxOptionsPerTable: 2 * count });
    expect(errors).toEqual([]);
    const map = tables[0].config.connection_properties as Record<string, string>;
    expect(Object.keys(map)).toHaveLength(2 * count);
    expect(map.p0).toBe('table0');
    expect(map[`p${count - 1}`]).toBe(`profile${count - 1}`);
    expect(map[`q${count - 1}`]).toBe(`table${count - 1}`);
    expect(tables[0].provenance[`connection_properties.p${count - 1}`]).toBe('profile');
    expect(tables[0].provenance['connection_properties.p0']).toBe('table');
  }, 120_000);

  it('refuses a table with more options than maxOptionsPerTable, at the first one past it, and resolves the others', async () => {
    const sql = `${head}${properties(5, 'p', 'v')}\n);\nCREATE TABLE small (id BIGINT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json', type = 'source');`;
    const { tables, errors } = await resolve(sql, { maxOptionsPerTable: 7 });
    expect(errors).toEqual([
      {
        code: 'TOO_MANY_OPTIONS',
        count: 10,
        limit: 7,
        message: expect.stringContaining('more than the 7'),
        line: 5,
        column: 3,
        table: 'big',
      },
    ]);
    expect(tables.map((t) => t.table)).toEqual(['small']);
    expect(DEFAULT_LIMITS.maxOptionsPerTable).toBe(10_000);
    const defaults = await resolve(`${head}${properties(DEFAULT_LIMITS.maxOptionsPerTable, 'p', 'v')}\n)`);
    expect(defaults.errors.map((e) => e.code)).toEqual(['TOO_MANY_OPTIONS']);
  });

  it('refuses a script with more statements than maxStatements before reading any profile', async () => {
    let fetched = false;
    const source = {
      async fetchProfiles() {
        fetched = true;
        return [];
      },
      async knownNames() {
        return [];
      },
    };
    const sql = Array.from({ length: 4 }, (_, i) => `CREATE TABLE t${i} (a INT) WITH (connection_profile = 'p')`).join(';\n');
    const { tables, errors } = await resolve(sql, { profiles: source, maxStatements: 3 });
    expect(errors).toEqual([
      {
        code: 'TOO_MANY_STATEMENTS',
        count: 4,
        limit: 3,
        message: expect.stringContaining('4 statements, more than the 3'),
        line: 4,
        column: 1,
      },
    ]);
    expect(tables).toEqual([]);
    expect(fetched).toBe(false);
    expect(DEFAULT_LIMITS.maxStatements).toBe(100_000);
  });
});
