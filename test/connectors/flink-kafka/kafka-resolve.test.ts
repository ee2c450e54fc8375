import { describe, expect, it } from 'vitest';
import { flinkKafkaConnector, flinkUpsertKafkaConnector } from '../../../src/connectors/flink/kafka/index.js';
import { ConnectorRegistry, resolve } from '../../../src/index.js';
import { useFlinkJudge } from '../../support/use-flink-judge.js';

const { judge } = useFlinkJudge();

// The lead registers the Flink connectors; this registry holds the two of this folder alone.
const registry = new ConnectorRegistry([flinkKafkaConnector, flinkUpsertKafkaConnector]);
const profiles = [
  {
    name: 'prod',
    connector: 'kafka',
    config: { bootstrap_servers: '127.0.0.1:9', authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'app', password: 's3"cret' } },
  },
];

describe('Flink kafka and upsert-kafka tables through resolve, the rewritten DDL judged by Flink', { timeout: 30_000 }, () => {
  it('writes a kafka source and an upsert-kafka sink of a SASL profile as DDL Flink accepts', async () => {
    const sql = [
      "CREATE TABLE orders (id BIGINT, name STRING) WITH ('connector' = 'kafka', 'connection_profile' = 'prod', 'topic' = 'orders', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset', 'type' = 'source');",
      "CREATE TABLE totals (id BIGINT, total DOUBLE, PRIMARY KEY (id) NOT ENFORCED) USING CONNECTION prod WITH ('connector' = 'upsert-kafka', 'topic' = 'totals', 'key.format' = 'json', 'value.format' = 'json', 'type' = 'sink');",
    ].join('\n');
    const { tables, errors } = await resolve(sql, { dialect: 'flink', registry, profiles, showSecrets: true });
    expect(errors).toEqual([]);
    expect(tables.map((t) => t.sql)).toEqual([
      expect.stringContaining("'properties.bootstrap.servers' = '127.0.0.1:9'"),
      expect.stringContaining("'properties.sasl.mechanism' = 'SCRAM-SHA-256'"),
    ]);
    expect(tables[0].sql).not.toContain("'type'");
    await expect(judge(tables[0].sql, 'source')).resolves.toEqual({ ok: true });
    await expect(judge(tables[1].sql, 'sink')).resolves.toEqual({ ok: true });
  });

  it('reports each rule at the key it names, with its line and column, and names Arroyo’s key', async () => {
    const sql = [
      "CREATE TABLE a (id BIGINT) WITH ('connector' = 'kafka', 'connection_profile' = 'prod', 'format' = 'json', 'source.offset' = 'earliest');",
      "CREATE TABLE b (id BIGINT) WITH ('connector' = 'kafka', 'connection_profile' = 'prod', 'topic' = 't', 'format' = 'json', 'scan.startup.mode' = 'timestamp', 'scan.startup.timestamp-millis' = 'soon');",
      "CREATE TABLE c (id BIGINT, name STRING) WITH ('connector' = 'upsert-kafka', 'connection_profile' = 'prod', 'topic' = 't', 'key.format' = 'json', 'value.format' = 'json');",
    ].join('\n');
    const { errors } = await resolve(sql, { dialect: 'flink', registry, profiles });
    expect(errors.map((e) => [e.table, e.code, e.key, e.line])).toEqual([
      ['a', 'MISSING_OPTION', 'topic', 1],
      ['a', 'UNKNOWN_OPTION', 'source.offset', 1],
      ['b', 'INVALID_VALUE', 'scan.startup.timestamp-millis', 2],
      ['c', 'INVALID_COLUMN', undefined, 3],
    ]);
    expect(errors[1].message).toContain("did you mean 'scan.startup.mode'");
    expect(errors[2].column).toBe(sql.split('\n')[1].indexOf("'soon'") + 1);
  });

  it("asks a source reading committed offsets for properties.group.id, which its profile's connection_properties may give, as Flink does", async () => {
    const groupProfile = {
      ...profiles[0],
      name: 'grouped',
      config: { ...profiles[0].config, connection_properties: { 'group.id': 'shared' } },
    };
    const table = (name: string, profile: string, options: string) =>
      `CREATE TABLE ${name} (id BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH ('connection_profile' = '${profile}', 'topic' = 't', ${options});`;
    const kafka = "'connector' = 'kafka', 'format' = 'debezium-json'";
    const upsert = "'connector' = 'upsert-kafka', 'key.format' = 'json', 'value.format' = 'json', 'scan.bounded.mode' = 'group-offsets'";
    const sql = [
      table('by_default', 'prod', `${kafka}, 'type' = 'source'`),
      table('bounded', 'prod', `${upsert}, 'type' = 'source'`),
      table('from_profile', 'grouped', `${kafka}, 'type' = 'source'`),
      table('upsert_from_profile', 'grouped', `${upsert}, 'type' = 'source'`),
      table('own_group', 'prod', `${kafka}, 'properties.group.id' = 'mine', 'type' = 'source'`),
      table('a_sink', 'prod', `${kafka}, 'type' = 'sink'`),
    ].join('\n');
    const { tables, errors } = await resolve(sql, { dialect: 'flink', registry, profiles: [...profiles, groupProfile], showSecrets: true });
    expect(errors.map((e) => [e.table, e.code, e.key, e.line, e.message])).toEqual([
      [
        'by_default',
        'MISSING_OPTION',
        'properties.group.id',
        1,
        "Property group.id is required when using committed offsets (scan.startup.mode 'group-offsets', the default)",
      ],
      [
        'bounded',
        'MISSING_OPTION',
        'properties.group.id',
        2,
        "Property group.id is required when using committed offsets (scan.bounded.mode 'group-offsets')",
      ],
    ]);
    // Each at its table's connector option, the connector being what needs the key.
    const lines = sql.split('\n');
    expect(errors.map((e) => e.column)).toEqual([0, 1].map((i) => lines[i].indexOf("'connector'") + 1));
    expect(tables.map((t) => t.table)).toEqual(['from_profile', 'upsert_from_profile', 'own_group', 'a_sink']);
    expect(tables[0].sql).toContain("'properties.group.id' = 'shared'");
    expect(tables[2].sql).toContain("'properties.group.id' = 'mine'");
    for (const resolved of tables) {
      const side = resolved.table === 'a_sink' ? 'sink' : 'source';
      await expect(judge(resolved.sql, side), resolved.table).resolves.toEqual({ ok: true });
    }
    // What the resolver refuses, Flink refuses for the same key.
    const refused = (name: string) => sql.split('\n').find((line) => line.includes(`TABLE ${name} `))!;
    for (const name of ['by_default', 'bounded']) {
      const flinkSql = refused(name)
        .replace("'connection_profile' = 'prod'", "'properties.bootstrap.servers' = '127.0.0.1:9'")
        .replace(", 'type' = 'source'", '');
      const verdict = await judge(flinkSql, 'source');
      expect(verdict.ok, name).toBe(false);
      expect(verdict.ok ? '' : verdict.message, name).toContain('Property group.id is required');
    }
  });
});
