import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConnectorRegistry, defineConnector, field, resolve, secret } from '../../src/index.js';

// A connector in the Flink dialect, defined here so that these tests see only the
// resolver's part: the dialect, USING CONNECTION, the profile writer and the other dialect's keys.
const link = defineConnector({
  name: 'link',
  description: 'a Flink connector whose profile holds an address and a password',
  dialect: 'flink',
  profile: z.strictObject({ address: field(z.string(), { endpoint: true }), password: secret(z.string()).optional() }),
  table: z.strictObject({
    topic: z.string(),
    'sink.parallelism': z.string().optional(),
    type: field(z.enum(['source', 'sink']), { engineKey: null }).optional(),
  }),
  profileOptions: (profile) => [
    { key: 'properties.address', value: String(profile('address')) },
    ...(profile('password') === undefined
      ? []
      : [{ key: 'properties.login', value: `user:${String(profile('password'))}`, sensitive: true }]),
  ],
  profileOwns: (key) => (key === 'properties.address' ? 'endpoint' : undefined),
  otherDialectKeys: { addr: 'properties.address', legacy: null },
});
const upsertLink = defineConnector({ ...link, name: 'upsert-link', profileConnector: 'link' });
const registry = new ConnectorRegistry([link, upsertLink]);
const profiles = [{ name: 'main', connector: 'link', config: { address: 'h:1', password: 'hunter2' } }];

describe('the Flink dialect in resolve', () => {
  it('writes the profile through the connector, every option quoted, secrets redacted, our own type left out', async () => {
    const sql = "CREATE TABLE t (a STRING) WITH ('connector' = 'link', 'connection_profile' = 'main', 'topic' = 'x', 'type' = 'sink')";
    const { tables, errors } = await resolve(sql, { dialect: 'flink', registry, profiles });
    expect(errors).toEqual([]);
    expect(tables[0].sql).toBe(
      "CREATE TABLE t (a STRING) WITH (\n  'connector' = 'link',\n  'properties.address' = 'h:1',\n  'properties.login' = '********',\n  'topic' = 'x'\n)",
    );
    const shown = await resolve(sql, { dialect: 'flink', registry, profiles, showSecrets: true });
    expect(shown.tables[0].sql).toContain("'properties.login' = 'user:hunter2'");
  });

  it('reads USING CONNECTION as the profile, leaves the clause out, and refuses it in Arroyo at the clause', async () => {
    const sql = "CREATE TABLE t (a STRING)\nUSING CONNECTION main\nWITH ('connector' = 'upsert-link', 'topic' = 'x')";
    const flink = await resolve(sql, { dialect: 'flink', registry, profiles });
    expect(flink.errors).toEqual([]);
    expect(flink.tables[0].profile).toBe('main');
    expect(flink.tables[0].sql).not.toContain('USING');
    expect(flink.tables[0].sql).toContain("'properties.address' = 'h:1'");
    const arroyo = await resolve(sql, { registry, profiles });
    expect(arroyo.errors.map((e) => [e.code, e.line, e.column])).toContainEqual(['WRONG_DIALECT', 2, 1]);
  });

  it('is told when a table names its profile twice', async () => {
    const sql = "CREATE TABLE t (a STRING) USING CONNECTION main WITH ('connector' = 'link', 'connection_profile' = 'main', 'topic' = 'x')";
    const { errors } = await resolve(sql, { dialect: 'flink', registry, profiles });
    expect(errors.map((e) => e.code)).toEqual(['DUPLICATE_OPTION']);
  });

  it("names the other dialect's key, refuses a key the profile owns, and wants quoted values", async () => {
    const sql =
      "CREATE TABLE t (a STRING) WITH ('connector' = 'link', 'connection_profile' = 'main', 'topic' = 'x', 'addr' = 'y', 'legacy' = 'z', 'properties.address' = 'q', 'sink.parallelism' = 4)";
    const { errors } = await resolve(sql, { dialect: 'flink', registry, profiles });
    expect(errors.map((e) => [e.code, e.key])).toEqual([
      ['UNKNOWN_OPTION', 'addr'],
      ['UNKNOWN_OPTION', 'legacy'],
      ['UNKNOWN_OPTION', 'properties.address'],
      ['INVALID_VALUE', 'sink.parallelism'],
    ]);
    expect(errors[0].message).toBe(
      "'addr' is Arroyo's key, not an option of Flink SQL's link connector; did you mean 'properties.address'?",
    );
    expect(errors[1].message).toBe("'legacy' is Arroyo's key, not an option of Flink SQL's link connector");
  });

  it('takes the profile for a connector whose profiles name another, and refuses a profile of a third', async () => {
    const other = [{ name: 'elsewhere', connector: 'upsert-link', config: { address: 'h:2' } }];
    const sql = "CREATE TABLE t (a STRING) WITH ('connector' = 'upsert-link', 'connection_profile' = 'elsewhere', 'topic' = 'x')";
    const { errors } = await resolve(sql, { dialect: 'flink', registry, profiles: other });
    expect(errors.map((e) => e.code)).toEqual(['CONNECTOR_MISMATCH']);
  });

  it('wants PARTITIONED BY before WITH in Flink SQL, and a known dialect', async () => {
    const sql = "CREATE TABLE t (a STRING) WITH ('connector' = 'link', 'connection_profile' = 'main', 'topic' = 'x') PARTITIONED BY (a)";
    const { errors } = await resolve(sql, { dialect: 'flink', registry, profiles });
    expect(errors.map((e) => e.code)).toEqual(['MISPLACED_CLAUSE']);
    expect(errors[0].message).toMatch(/Flink SQL's parser reads PARTITIONED BY only after the column list, before WITH/);
    await expect(resolve(sql, { dialect: 'spark' as never })).rejects.toThrow(/dialect/);
  });

  it("checks a Flink filesystem table's PARTITIONED BY, written before WITH, against its physical columns", async () => {
    const table = (partitions: string) =>
      `CREATE TABLE s (a STRING, dt STRING, c AS UPPER(a)) PARTITIONED BY (${partitions}) WITH ('connector' = 'filesystem', 'path' = '/tmp/s', 'format' = 'json')`;
    const good = await resolve(table('dt'), { dialect: 'flink' });
    expect(good.errors).toEqual([]);
    expect(good.tables[0].sql).toContain('PARTITIONED BY (dt) WITH (');
    for (const [written, column] of [
      ['nope', 69],
      ['c', 69],
    ] as const) {
      const { errors } = await resolve(table(written), { dialect: 'flink' });
      expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['INVALID_VALUE', 1, column]]);
      expect(errors[0].message).toContain(`Partition column '${written}' not defined in the table schema`);
    }
  });

  it("refuses in Flink SQL what Flink's parser refuses in a column list, which Arroyo only warns of", async () => {
    const sql = `CREATE TABLE g ("id" BIGINT, \`value\` STRING) WITH ('connector' = 'datagen')`;
    const flink = await resolve(sql, { dialect: 'flink' });
    expect(flink.errors.map((e) => [e.code, e.line, e.column])).toEqual([['INVALID_COLUMN', 1, 17]]);
    expect(flink.tables).toEqual([]);
    const reserved = await resolve("CREATE TABLE g (id BIGINT, value STRING) WITH ('connector' = 'datagen')", { dialect: 'flink' });
    expect(reserved.errors.map((e) => [e.code, e.column])).toEqual([['INVALID_COLUMN', 28]]);
    expect(reserved.errors[0].message).toContain("'value' is a reserved word of Flink SQL");
  });
});
