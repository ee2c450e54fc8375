import { describe, expect, it } from 'vitest';
import { kafkaConnector, redisConnector, resolve } from '../../src/index.js';

const kafka = (options: string) =>
  `CREATE TABLE t (v TEXT, ts TIMESTAMP NOT NULL) WITH (connector = 'kafka', bootstrap_servers = 'b:9092', topic = 't', type = 'source', ${options});`;
const errorsOf = async (sql: string) => (await resolve(sql)).errors.map((e) => ({ code: e.code, key: e.key, message: e.message }));

describe('the options every table takes', () => {
  it('are the same fields, under Arroyo keys, on every connector', () => {
    const keys = (c: typeof kafkaConnector) => c.fields.all.filter((f) => f.level === 'table').map((f) => f.key);
    const common = [
      'format',
      'json.unstructured',
      'avro.raw_datums',
      'parquet.row_group_size',
      'framing',
      'framing.newline.max_length',
      'bad_data',
      'event_time_field',
      'watermark_field',
      'idle_micros',
      'lookup.cache.max_bytes',
      'lookup.cache.ttl',
    ];
    for (const connector of [kafkaConnector, redisConnector]) expect(keys(connector)).toEqual(expect.arrayContaining(common));
  });

  it('type their values: booleans, enums, whole numbers, intervals and sizes', async () => {
    const { tables, errors } = await resolve(
      kafka(
        "format = 'json', 'json.unstructured' = 'true', 'json.timestamp_format' = 'unix_millis', framing = 'newline', 'framing.newline.max_length' = 1024, 'lookup.cache.ttl' = '5 seconds', 'lookup.cache.max_bytes' = 1048576, event_time_field = 'ts'",
      ),
    );
    expect(errors).toEqual([]);
    expect(tables[0].config).toMatchObject({
      json: { unstructured: true, timestamp_format: 'unix_millis' },
      framing: { method: 'newline', newline: { max_length: 1024 } },
      lookup: { cache: { ttl: '5 seconds', max_bytes: 1048576 } },
      event_time_field: 'ts',
    });
    expect(tables[0].sql).toContain("'framing' = 'newline'");
    expect(tables[0].sql).toContain("'framing.newline.max_length' = 1024");
    expect(tables[0].sql).toContain("'lookup.cache.ttl' = INTERVAL '5 seconds'");
    expect(tables[0].sql).toContain('\'event_time_field\' = "ts"');
  });

  it("refuse a format's options under another format, with the rule's words", async () => {
    expect(await errorsOf(kafka("format = 'avro', 'json.unstructured' = 'true'"))).toEqual([
      {
        code: 'INVALID_VALUE',
        key: 'json.unstructured',
        message: "json.unstructured applies only when format is 'json' or 'debezium_json'",
      },
    ]);
    expect((await errorsOf(kafka("format = 'json', 'framing.newline.max_length' = 10"))).map((e) => e.key)).toEqual([
      'framing.newline.max_length',
    ]);
  });

  it("keep Arroyo's limits: compressed JSON, protobuf, schema registry with an embedded schema, event time on debezium", async () => {
    expect(await errorsOf(kafka("format = 'json', 'json.compression' = 'gzip'"))).toEqual([
      { code: 'INVALID_VALUE', key: 'json.compression', message: "'json.compression' is only supported for the filesystem connector" },
    ]);
    expect((await errorsOf(kafka("format = 'protobuf'")))[0].message).toContain('Protobuf is not yet supported in CREATE TABLE statements');
    expect(
      (await errorsOf(kafka("format = 'json', 'json.confluent_schema_registry' = 'true', 'json.include_schema' = 'true'")))[0].message,
    ).toBe('at most one of `json.confluent_schema_registry` and `json.include_schema` may be set');
    expect((await errorsOf(kafka("format = 'debezium_json', event_time_field = 'ts'"))).map((e) => e.key)).toEqual(['event_time_field']);
  });

  it('refuse values the engine would refuse', async () => {
    const errors = await errorsOf(
      kafka("format = 'parquet', bad_data = 'skip', 'lookup.cache.ttl' = 'soon', 'parquet.row_group_size' = '12 parsecs'"),
    );
    expect(errors.map((e) => [e.code, e.key]).sort()).toEqual([
      ['INVALID_VALUE', 'bad_data'],
      ['INVALID_VALUE', 'lookup.cache.ttl'],
      ['INVALID_VALUE', 'parquet.row_group_size'],
    ]);
  });
});
