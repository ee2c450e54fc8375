import { describe, expect, it } from 'vitest';
import { BUILT_IN_CONNECTORS, createRegistry, resolve } from '../../src/index.js';

/** The errors of one table's WITH clause, as [code, key], in key order. */
const problems = async (options: string) =>
  (await resolve(`CREATE TABLE t (v TEXT) WITH (${options});`)).errors
    .map((e) => [e.code, e.key, e.message] as const)
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
const codes = async (options: string) => (await problems(options)).map(([code, key]) => [code, key]);

describe('the connector catalog', () => {
  it('registers every Arroyo connector, each saying its roles and whether it takes a profile', () => {
    const names = createRegistry().names().sort();
    expect(names).toEqual([
      'blackhole',
      'confluent',
      'delta',
      'filesystem',
      'fluvio',
      'iceberg',
      'impulse',
      'kafka',
      'kinesis',
      'mqtt',
      'nats',
      'nexmark',
      'polling_http',
      'preview',
      'rabbitmq',
      'redis',
      'single_file',
      'sse',
      'stdout',
      'webhook',
      'websocket',
    ]);
    const withProfile = BUILT_IN_CONNECTORS.filter((c) => c.takesProfile)
      .map((c) => c.name)
      .sort();
    expect(withProfile).toEqual(['confluent', 'iceberg', 'kafka', 'mqtt', 'nats', 'rabbitmq', 'redis']);
    for (const connector of BUILT_IN_CONNECTORS) {
      expect(connector.roles.length, connector.name).toBeGreaterThan(0);
      expect(connector.description.length, connector.name).toBeGreaterThan(10);
      expect(() => connector.jsonSchemas(), connector.name).not.toThrow();
    }
  });

  it('kinesis and fluvio: source.* only on sources, sink.* only on sinks', async () => {
    expect(await codes("connector = 'kinesis', stream_name = 's', type = 'sink', format = 'json', 'source.offset' = 'earliest'")).toEqual([
      ['INVALID_VALUE', 'source.offset'],
    ]);
    expect(
      await codes("connector = 'kinesis', stream_name = 's', type = 'source', format = 'json', 'sink.max_records_per_batch' = 600"),
    ).toEqual([['INVALID_VALUE', 'sink.max_records_per_batch']]);
    // The UI's maxima (500 records, 4,000,000 bytes) are not checked on Arroyo's SQL path.
    expect(
      await codes(
        "connector = 'kinesis', stream_name = 's', type = 'sink', format = 'json', 'sink.max_records_per_batch' = 600, 'sink.max_bytes_per_batch' = 5000000",
      ),
    ).toEqual([]);
    expect(await codes("connector = 'fluvio', topic = 't', type = 'sink', format = 'json', 'source.offset' = 'latest'")).toEqual([
      ['INVALID_VALUE', 'source.offset'],
    ]);
  });

  it('filesystem: a valid regex, sink options only on sinks, parts of at least 5 MiB, JSON or Parquet sinks', async () => {
    const found = await problems(
      "connector = 'filesystem', type = 'source', path = '/d', format = 'json', 'source.regex_pattern' = '([a-z', 'rolling_policy.interval' = '1 minute'",
    );
    expect(found.map(([c, k]) => [c, k])).toEqual([
      ['INVALID_VALUE', 'rolling_policy.interval'],
      ['INVALID_VALUE', 'source.regex_pattern'],
    ]);
    expect(found[1][2]).toContain('could not parse regex_pattern');
    const sink = await problems(
      "connector = 'filesystem', type = 'sink', path = 's3://b/p', format = 'avro', 'multipart.target_part_size' = '1MB', 'json.compression' = 'gzip'",
    );
    expect(sink.map(([c, k, m]) => [c, k, m])).toEqual([
      ['INVALID_VALUE', 'format', expect.stringContaining('unsupported format avro')],
      ['INVALID_VALUE', 'json.compression', "json.compression applies only when format is 'json' or 'debezium_json'"],
      ['INVALID_VALUE', 'multipart.target_part_size', 'multipart.target_part_size must be >= 5242880'],
    ]);
    expect(await codes("connector = 'filesystem', type = 'sink', path = 's3://b/p', format = 'json', 'json.compression' = 'gzip'")).toEqual(
      [],
    );
  });

  it('delta and iceberg: sinks only, in their own words; a REST catalog needs its URL', async () => {
    expect(await problems("connector = 'delta', type = 'source', path = 's3://b/t', format = 'parquet'")).toEqual([
      ['INVALID_VALUE', 'type', 'DeltaLake sources are not yet supported'],
    ]);
    expect(await problems("connector = 'iceberg', 'catalog.type' = 'rest', type = 'source', table_name = 't'")).toEqual([
      ['MISSING_OPTION', 'catalog.rest.url', "catalog.rest.url is required when catalog.type is 'rest'"],
      ['INVALID_VALUE', 'type', 'Iceberg sources are not yet supported'],
    ]);
    expect(
      await codes(
        "connector = 'iceberg', 'catalog.type' = 'rest', 'catalog.rest.url' = 'http://c:8181', type = 'sink', table_name = 't', format = 'json'",
      ),
    ).toEqual([['INVALID_VALUE', 'format']]);
  });

  it('websocket: one subscription message or numbered ones without a gap, not both', async () => {
    const base = "connector = 'websocket', endpoint = 'wss://feed', format = 'json'";
    expect(await problems(`${base}, subscription_message = 'a', 'subscription_messages.0' = 'b'`)).toEqual([
      ['INVALID_VALUE', 'subscription_messages.0', "Cannot specify both 'subscription_message' and 'subscription_messages.0'"],
    ]);
    expect(await codes(`${base}, 'subscription_messages.0' = 'a', 'subscription_messages.2' = 'c'`)).toEqual([
      ['INVALID_VALUE', 'subscription_messages.2'],
    ]);
    expect(await codes("connector = 'websocket', endpoint = 'https://feed', format = 'json'")).toEqual([['INVALID_VALUE', 'endpoint']]);
  });

  it('http connectors: headers are name: value pairs, and secret', async () => {
    const found = await problems("connector = 'webhook', endpoint = 'https://h', format = 'json', headers = 'Bearer leaked-token-9'");
    expect(found.map(([c, k]) => [c, k])).toEqual([['INVALID_VALUE', 'headers']]);
    expect(found[0][2]).not.toContain('leaked-token-9');
    expect(await codes("connector = 'polling_http', endpoint = 'https://h', format = 'json', method = 'DELETE'")).toEqual([
      ['INVALID_VALUE', 'method'],
    ]);
  });

  it('demo sources need their rate', async () => {
    expect(await codes("connector = 'impulse'")).toEqual([['MISSING_OPTION', 'event_rate']]);
    expect(await codes("connector = 'nexmark', event_rate = -1")).toEqual([['INVALID_VALUE', 'event_rate']]);
  });
});
