import { describe, expect, it } from 'vitest';
import { createRegistry, kafkaConnector, resolve, type ProfileDefinition } from '../../src/index.js';
import { fromArroyoProfileConfig } from '../../src/connectors/index.js';
import { parseScript } from '../../src/sql/index.js';
import { messageOf, parseError } from '../../src/errors/index.js';

const kafkaProfile: ProfileDefinition = {
  name: 'prod',
  connector: 'kafka',
  config: {
    bootstrap_servers: 'kafka-1:9092',
    authentication: { sasl_mechanism: 'SCRAM-SHA-256', username: 'u', password: 'pw-1' },
    schema_registry: { endpoint: 'http://registry:8081', api_key: 'k', api_secret: 'rs-1' },
    connection_properties: { 'linger.ms': '5' },
  },
};

/** The WITH keys of a rewritten statement, read back by our own parser. */
function keysOf(sql: string): string[] {
  return parseScript(sql).statements[0].table!.options.map((o) => o.key);
}

describe('problem 1 of issue 9: a script of Arroyo connectors resolves as a whole', () => {
  it('resolves impulse, nexmark, sse, filesystem, delta and mqtt tables beside a view and an insert, with no option', async () => {
    const script = [
      "CREATE TABLE impulse WITH (connector = 'impulse', event_rate = 10)",
      "CREATE TABLE nexmark WITH (connector = 'nexmark', event_rate = 100.5)",
      "CREATE TABLE changes (value TEXT) WITH (connector = 'sse', endpoint = 'https://stream.example.com/changes', format = 'json')",
      "CREATE TABLE files (line TEXT) WITH (connector = 'filesystem', type = 'source', path = '/data/in', format = 'json')",
      "CREATE TABLE lake (counter BIGINT) WITH (connector = 'delta', type = 'sink', path = 's3://lake/t', format = 'parquet')",
      "CREATE TABLE sensors (value TEXT) WITH (connector = 'mqtt', url = 'tcp://broker:1883', topic = 'sensors', type = 'source', format = 'json')",
      'CREATE VIEW counts AS SELECT counter FROM impulse',
      'INSERT INTO lake SELECT counter FROM counts',
    ].join(';\n');
    const { tables, passthrough, errors } = await resolve(script);
    expect(errors).toEqual([]);
    expect(tables.map((t) => t.connector)).toEqual(['impulse', 'nexmark', 'sse', 'filesystem', 'delta', 'mqtt']);
    expect(passthrough).toHaveLength(2);
  });
});

describe('problem 2 of issue 9: every value form Arroyo reads', () => {
  it('reads bare identifiers, intervals in every form and arrays, and keeps each typed', async () => {
    const sql = `CREATE TABLE t (datetime TIMESTAMP) WITH (
      connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json', type = 'source',
      event_time_field = datetime, watermark_field = "datetime",
      'lookup.cache.ttl' = interval '1 hour 30 minutes', idle_micros = 10)`;
    const { tables, errors } = await resolve(sql);
    expect(errors).toEqual([]);
    expect(tables[0].config).toMatchObject({
      event_time_field: 'datetime',
      watermark_field: 'datetime',
      idle_micros: 10,
      lookup: { cache: { ttl: '1 hour 30 minutes' } },
    });
    for (const [written, value] of [
      ["INTERVAL '5' SECOND", '5 SECOND'],
      ["interval '5 seconds'", '5 seconds'],
      ["INTERVAL '10 minutes'", '10 minutes'],
    ]) {
      const one = await resolve(
        `CREATE TABLE t (a INT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json', 'lookup.cache.ttl' = ${written})`,
      );
      expect(one.errors).toEqual([]);
      expect((one.tables[0].config.lookup as { cache: { ttl: string } }).cache.ttl).toBe(value);
    }
  });

  it('writes each value back in the form Arroyo reads, which reads again as the same config', async () => {
    const sql = `CREATE TABLE t (ts TIMESTAMP) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json', type = 'source',
      event_time_field = ts, 'lookup.cache.ttl' = interval '5 seconds', 'lookup.cache.max_bytes' = 1024, 'json.unstructured' = true,
      'client_configs.acks' = 'all', 'client_configs.linger.ms' = '5')`;
    const first = await resolve(sql, { showSecrets: true });
    expect(first.errors).toEqual([]);
    const written = first.tables[0].sql;
    expect(written).toContain(`'event_time_field' = "ts"`);
    expect(written).toContain(`'lookup.cache.ttl' = INTERVAL '5 seconds'`);
    expect(written).toContain(`'lookup.cache.max_bytes' = 1024`);
    expect(written).toContain(`'json.unstructured' = true`);
    expect(written).toContain(`'client_configs' = 'acks=all,linger.ms=5'`);
    const again = await resolve(written, { showSecrets: true });
    expect(again.errors).toEqual([]);
    expect(again.tables[0].config).toEqual(first.tables[0].config);
  });

  it('refuses an identifier or an array where Arroyo takes a string, at the value, without quoting it', async () => {
    const sql = "CREATE TABLE t (a INT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = CANARY, format = ['json'])";
    const { errors } = await resolve(sql);
    expect(errors.filter((e) => e.code === 'INVALID_VALUE').map((e) => [e.code, e.key, e.column])).toEqual([
      ['INVALID_VALUE', 'topic', sql.indexOf('CANARY') + 1],
      ['INVALID_VALUE', 'format', sql.indexOf("['json']") + 1],
    ]);
    expect(JSON.stringify(errors)).not.toContain('CANARY');
    for (const written of ['CANARY_1', '"CANARY-1"', '`CANARY-1`', "['CANARY-1']"]) {
      const secret = await resolve(
        `CREATE TABLE t (a INT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json', 'auth.password' = ${written})`,
      );
      expect(secret.errors.map((e) => [e.code, e.key])).toContainEqual(['INVALID_VALUE', 'authentication.password']);
      expect(JSON.stringify(secret), written).not.toContain('CANARY');
    }
  });

  it('reads arrays of identifiers and of strings, and PARTITIONED BY after WITH as data', () => {
    const sql =
      "CREATE TABLE s (type TEXT, app_version TEXT) WITH (connector = 'filesystem', 'partitioning.fields' = [type, app_version], tags = ['a', 'b''c']) PARTITIONED BY (bucket(type, 4), identity(\"app_version\"), day)";
    const { statements, problems } = parseScript(sql);
    expect(problems).toEqual([]);
    const table = statements[0].table!;
    const [fields, tags] = table.options.slice(1);
    expect([fields.valueKind, fields.items, tags.items]).toEqual(['array', ['type', 'app_version'], ['a', "b'c"]]);
    expect(table.partitionedBy).toEqual([
      {
        transform: 'bucket',
        column: 'type',
        arguments: [4],
        text: 'bucket(type, 4)',
        span: expect.objectContaining({ column: sql.indexOf('bucket') + 1 }),
      },
      { transform: 'identity', column: 'app_version', arguments: [], text: 'identity("app_version")', span: expect.any(Object) },
      { transform: null, column: 'day', arguments: [], text: 'day', span: expect.any(Object) },
    ]);
    const hive = parseScript(
      "CREATE TABLE s (a INT) PARTITIONED BY (a INT) STORED AS PARQUET LOCATION '/x' WITH (connector = 'iceberg') PARTITIONED BY (identity(a)) COMMENT 'c'",
    ).statements[0].table!;
    expect([hive.options.map((o) => o.value), hive.partitionedBy?.map((p) => p.text)]).toEqual([['iceberg'], ['identity(a)']]);
  });

  it('reports a malformed PARTITIONED BY at the offending token, and stops looking at AS', () => {
    for (const [clause, message] of [
      ['PARTITIONED BY bucket(a, 4)', "expected '(' after PARTITIONED BY, found a word of 6 characters"],
      ['PARTITIONED BY (a + 1)', "expected ',' or ')' in PARTITIONED BY, found '+'"],
      ["PARTITIONED BY (bucket(a, 'x'))", 'expected a number as a further argument of bucket(…), found a string literal of 3 characters'],
      ['PARTITIONED BY (bucket(4, a))', 'expected a column as the first argument of bucket(…), found a number of 1 character'],
    ]) {
      const sql = `CREATE TABLE s (a INT) WITH (connector = 'iceberg') ${clause}`;
      const { problems } = parseScript(sql);
      expect(problems, clause).toEqual([expect.objectContaining({ code: 'PARSE_ERROR' })]);
      expect(messageOf(parseError(problems[0].syntax)), clause).toBe(message);
    }
    const query = parseScript("CREATE TABLE c WITH (connector = 'kafka') AS SELECT x FROM t PARTITIONED BY (x)");
    expect([query.problems, query.statements[0].table!.partitionedBy]).toEqual([[], null]);
  });
});

describe('PARTITIONED BY as data', () => {
  const iceberg = (columns: string, clause: string) =>
    `CREATE TABLE sink (${columns}) WITH (connector = 'iceberg', 'catalog.type' = 'rest', 'catalog.rest.url' = 'http://localhost:8181/catalog', type = 'sink', table_name = 't', 'rolling_policy.interval' = interval '30 seconds') ${clause}`;

  it("keeps an Iceberg sink's partition spec typed on the table, and writes it back after WITH", async () => {
    const sql = iceberg(
      'id INT, ts TIMESTAMP, b TEXT',
      'PARTITIONED BY (bucket(id, 4), truncate(b, 10), identity(ts), hour(ts), void(id))',
    );
    const first = await resolve(sql);
    expect(first.errors).toEqual([]);
    const [table] = first.tables;
    expect(table.partitionedBy?.map(({ transform, column, arguments: args }) => [transform, column, args])).toEqual([
      ['bucket', 'id', [4]],
      ['truncate', 'b', [10]],
      ['identity', 'ts', []],
      ['hour', 'ts', []],
      ['void', 'id', []],
    ]);
    expect(table.sql).toContain("'rolling_policy.interval' = INTERVAL '30 seconds'");
    expect(table.sql).toMatch(/\n\) PARTITIONED BY \(bucket\(id, 4\), truncate\(b, 10\), identity\(ts\), hour\(ts\), void\(id\)\)$/);
    const again = await resolve(table.sql);
    expect(again.errors).toEqual([]);
    expect(again.tables[0].partitionedBy?.map((p) => p.text)).toEqual(table.partitionedBy?.map((p) => p.text));
    expect((await resolve(iceberg('id INT', ''))).tables[0].partitionedBy).toBeNull();
  });

  it("refuses what Arroyo's Iceberg sink refuses, at the element", async () => {
    const sql = iceberg('id INT, ts TIMESTAMP', 'PARTITIONED BY (hash(id), bucket(id, 0), day(ts, 2), id, identity(nope))');
    const { errors, tables } = await resolve(sql);
    expect(tables).toEqual([]);
    expect(errors.map((e) => [e.code, e.column, e.message])).toEqual([
      ['INVALID_VALUE', sql.indexOf('hash') + 1, expect.stringContaining("unsupported iceberg transform function 'hash'")],
      ['INVALID_VALUE', sql.indexOf('bucket') + 1, 'in bucket(id, 0) the second argument must be a positive whole number'],
      ['INVALID_VALUE', sql.indexOf('day') + 1, 'day takes only a column: day(column)'],
      ['INVALID_VALUE', sql.indexOf(' id, identity') + 2, expect.stringContaining("'id' in PARTITIONED BY is a bare column")],
      ['INVALID_VALUE', sql.indexOf('identity(nope)') + 1, expect.stringContaining("names 'nope', which is not a column of the table")],
    ]);
    const unread = await resolve(iceberg('id INT', 'PARTITIONED BY (identity(nope))'), { parseColumns: false });
    expect(unread.errors).toEqual([]);
  });

  it('takes the clause as it is on a connector that does not read it, as Arroyo does', async () => {
    const { errors, tables } = await resolve(
      "CREATE TABLE o (id BIGINT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 'o', format = 'json', type = 'sink') PARTITIONED BY (id)",
    );
    expect(errors).toEqual([]);
    expect(tables[0].partitionedBy).toEqual([expect.objectContaining({ transform: null, column: 'id' })]);
    expect(tables[0].sql).toMatch(/\) PARTITIONED BY \(id\)$/);
  });
});

describe('problem 3 of issue 9: temporary tables are lookups', () => {
  const redis: ProfileDefinition = { name: 'cache', connector: 'redis', config: { address: 'redis://cache:6379' } };

  it('defaults type to lookup, as Arroyo does', async () => {
    const { tables, errors } = await resolve(
      "CREATE TEMPORARY TABLE customers (id TEXT METADATA FROM 'key' PRIMARY KEY, name TEXT) WITH (connection_profile = 'cache', format = 'json')",
      { profiles: [redis] },
    );
    expect(errors).toEqual([]);
    expect(tables[0].config.type).toBe('lookup');
    expect(tables[0].provenance.type).toBe('default');
    expect(tables[0].sql).toContain("'type' = 'lookup'");
  });

  it('refuses another type, or a connector without lookups, saying temporary tables must be lookups', async () => {
    const sink =
      "CREATE TEMPORARY TABLE c (id TEXT) WITH (connection_profile = 'cache', format = 'json', type = 'sink', target = 'string', 'target.key_prefix' = 'k')";
    const { errors } = await resolve(sink, { profiles: [redis] });
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'INVALID_VALUE',
        key: 'type',
        column: sink.indexOf("'sink'") + 1,
        message: expect.stringContaining("temporary tables must be type 'lookup'"),
      }),
    ]);
    const kafka = await resolve(
      "CREATE TEMPORARY TABLE k (id TEXT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json')",
    );
    expect(kafka.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', key: 'type', message: expect.stringContaining('has no lookup tables') }),
    ]);
  });
});

describe('problem 5 of issue 9: the rewritten statement is Arroyo DDL', () => {
  it("writes Kafka's auth.* and schema_registry.* keys, with auth.type = 'sasl' and auth.protocol", async () => {
    const { tables, errors, warnings } = await resolve(
      "CREATE TABLE o (id BIGINT) WITH (connection_profile = 'prod', topic = 'o', format = 'json', type = 'source')",
      { profiles: [kafkaProfile] },
    );
    expect(errors).toEqual([]);
    const keys = keysOf(tables[0].sql);
    expect(keys).toEqual(
      expect.arrayContaining([
        'auth.type',
        'auth.mechanism',
        'auth.protocol',
        'auth.username',
        'auth.password',
        'schema_registry.endpoint',
        'schema_registry.api_key',
        'schema_registry.api_secret',
      ]),
    );
    expect(keys.filter((k) => k.startsWith('authentication.') || k.startsWith('connection_properties'))).toEqual([]);
    expect(tables[0].sql).toContain("'auth.type' = 'sasl'");
    expect(tables[0].sql).toContain("'auth.protocol' = 'SASL_PLAINTEXT'");
    expect(tables[0].sql).not.toContain('pw-1');
    expect(tables[0].options['authentication.sasl_mechanism']).toBe('SCRAM-SHA-256');
    expect(tables[0].sqlOmits).toEqual(['connection_properties']);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'NOT_IN_ENGINE_DDL',
        table: 'o',
        line: 1,
        column: 55,
        message: expect.stringContaining("'connection_properties' (1 key, from profile 'prod')"),
      }),
    ]);
  });

  it('writes, for every registered connector, only keys Arroyo reads for it', async () => {
    const wrong: string[] = [];
    for (const connector of createRegistry().list()) {
      for (const field of connector.fields.all) {
        if (field.engineKey === null) continue;
        const key = field.kind === 'map' && field.engineForm !== 'pairs' ? `${field.engineKey}.x` : field.engineKey;
        const known =
          connector.engineKeySet.has(key) || [...connector.engineKeySet].some((k) => k.endsWith('.*') && key.startsWith(k.slice(0, -1)));
        if (!known) wrong.push(`${connector.name}: ${field.key} is written as '${key}', which Arroyo does not read`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("problem 4 of issue 9: profiles exactly as Arroyo's API returns them", () => {
  const arroyoKafka = {
    bootstrapServers: 'b:9092',
    authentication: { protocol: 'SASL_SSL', mechanism: 'SCRAM-SHA-256', username: 'u', password: 'p' },
    schemaRegistryEnum: { endpoint: 'http://registry:8081', apiKey: 'k', apiSecret: 's' },
    connectionProperties: { 'linger.ms': '5' },
  };

  it("reads a Kafka profile in Arroyo's camelCase oneOf shape as our canonical one", async () => {
    const { tables, errors } = await resolve(
      "CREATE TABLE o (id BIGINT) WITH (connection_profile = 'a', topic = 'o', format = 'json', type = 'source')",
      {
        profiles: [{ name: 'a', connector: 'kafka', config: arroyoKafka }],
        showSecrets: true,
      },
    );
    expect(errors).toEqual([]);
    expect(tables[0].config).toMatchObject({
      bootstrap_servers: 'b:9092',
      authentication: { type: 'sasl', protocol: 'SASL_SSL', sasl_mechanism: 'SCRAM-SHA-256', username: 'u', password: 'p' },
      schema_registry: { endpoint: 'http://registry:8081', api_key: 'k', api_secret: 's' },
      connection_properties: { 'linger.ms': '5' },
    });
    expect(fromArroyoProfileConfig(kafkaConnector, { bootstrapServers: 'b:9092', authentication: {}, schemaRegistryEnum: {} })).toEqual({
      bootstrap_servers: 'b:9092',
      authentication: {},
    });
  });

  it("reads Redis's connection: {address} and {addresses: [...]}", async () => {
    const sql =
      "CREATE TABLE r (k TEXT NOT NULL, v TEXT) WITH (connection_profile = 'c', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'k:')";
    const one = await resolve(sql, {
      profiles: [{ name: 'c', connector: 'redis', config: { connection: { address: 'redis://c:6379' }, password: 'p' } }],
    });
    expect(one.errors).toEqual([]);
    expect(one.tables[0].config).toMatchObject({ address: 'redis://c:6379' });
    const many = await resolve(sql, {
      profiles: [{ name: 'c', connector: 'redis', config: { connection: { addresses: ['redis://a:6379', 'redis://b:6379'] } } }],
    });
    expect(many.errors).toEqual([]);
    expect(many.tables[0].config).toMatchObject({ cluster: { addresses: ['redis://a:6379', 'redis://b:6379'] } });
    expect(many.tables[0].sql).toContain("'cluster.addresses' = 'redis://a:6379,redis://b:6379'");
  });
});
