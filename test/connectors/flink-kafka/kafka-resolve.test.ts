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
      ['a', 'MISSING_OPTION', 'properties.group.id', 1],
      ['a', 'UNKNOWN_OPTION', 'source.offset', 1],
      ['b', 'INVALID_VALUE', 'scan.startup.timestamp-millis', 2],
      ['c', 'INVALID_COLUMN', undefined, 3],
    ]);
    expect(errors[2].message).toContain("did you mean 'scan.startup.mode'");
    expect(errors[3].column).toBe(sql.split('\n')[1].indexOf("'soon'") + 1);
  });
});
