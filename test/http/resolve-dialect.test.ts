// The worker thread runs compiled code, so this suite uses the built package (npm test builds it first).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../dist/index.js';
import { createHandler, createNodeServer } from '../../dist/http/index.js';

// `dialect` in the body of POST /v1/resolve, over real HTTP on loopback: each case on a
// server that resolves on its event loop and on one that resolves every script in its
// worker thread (offThreadBytes 1).

const KAFKA_PASSWORD = 'rest-kafka-canary-pw';
const PG_PASSWORD = 'rest-pg-canary-pw';
const PROFILES = [
  {
    name: 'events',
    connector: 'kafka',
    config: {
      bootstrap_servers: 'kafka-broker:9092',
      authentication: { sasl_mechanism: 'PLAIN', protocol: 'SASL_PLAINTEXT', username: 'flink', password: KAFKA_PASSWORD },
    },
  },
  { name: 'shop', connector: 'jdbc', config: { url: 'jdbc:postgresql://db:5432/shop', username: 'flink', password: PG_PASSWORD } },
];
const ARROYO_SCRIPT = "CREATE TABLE o (id INT) WITH (connection_profile = 'events', topic = 'o', format = 'json');";
// FLIP-529's USING CONNECTION: a profile reference in Flink SQL, and no part of Arroyo's SQL.
const USING_CONNECTION =
  "CREATE TABLE u (id INT) USING CONNECTION events WITH ('connector' = 'kafka', 'topic' = 'u', 'format' = 'json', 'scan.startup.mode' = 'earliest-offset');";
// A table of a connector only Flink has.
const JDBC_TABLE = "CREATE TABLE s (id INT) WITH ('connection_profile' = 'shop', 'connector' = 'jdbc', 'table-name' = 'orders');";

let catalog: Catalog;
const servers: Array<{ where: string; base: string; close: () => Promise<void> }> = [];

beforeAll(async () => {
  catalog = await openCatalog();
  await catalog.profiles.createMany(PROFILES);
  for (const [where, resolve] of [
    ['on the event loop', {}],
    ['in the worker thread', { offThreadBytes: 1 }],
  ] as const) {
    const server = createNodeServer(createHandler({ catalog, auth: 'none', resolve }));
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    servers.push({
      where,
      base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
      close: () => new Promise((closed) => (server.closeAllConnections(), server.close(() => closed()))),
    });
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await catalog?.close();
});

async function post(base: string, path: string, body: unknown): Promise<{ status: number; text: string; json: any }> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) };
}

describe('dialect in POST /v1/resolve', () => {
  it('refuses a dialect there is not with a 400 in the error shape, naming the field', async () => {
    for (const { base } of servers) {
      for (const dialect of ['spark', 'Flink', '', 42, null, ['flink']]) {
        const answer = await post(base, '/v1/resolve', { sql: ARROYO_SCRIPT, dialect });
        expect(answer.status).toBe(400);
        expect(answer.json).toEqual({
          error: {
            code: 'INVALID_REQUEST',
            message: expect.stringMatching(/^the request body is not valid: dialect: /),
            details: { issues: [{ path: 'dialect', message: expect.any(String) }] },
          },
        });
      }
      const { json } = await post(base, '/v1/resolve', { sql: ARROYO_SCRIPT, dialect: 'spark' });
      expect(json.error.details.issues[0].message).toMatch(/"arroyo".*"flink"/);
    }
  });

  it('is arroyo when absent: dialect arroyo answers what no dialect answers', async () => {
    for (const { base } of servers) {
      const plain = await post(base, '/v1/resolve', { sql: ARROYO_SCRIPT });
      expect(plain.status).toBe(200);
      expect(plain.json.errors).toEqual([]);
      expect(plain.json.tables.map((t: { table: string; profile: string }) => [t.table, t.profile])).toEqual([['o', 'events']]);
      expect((await post(base, '/v1/resolve', { sql: ARROYO_SCRIPT, dialect: 'arroyo' })).text).toBe(plain.text);
    }
  });

  it('reaches resolve, in the worker too: USING CONNECTION names a profile with flink, and is WRONG_DIALECT with arroyo', async () => {
    for (const { where, base } of servers) {
      const flink = await post(base, '/v1/resolve', { sql: USING_CONNECTION, dialect: 'flink' });
      expect([where, flink.status, flink.json.errors]).toEqual([where, 200, []]);
      expect(flink.json.tables.map((t: { table: string; profile: string }) => [t.table, t.profile])).toEqual([['u', 'events']]);
      expect(flink.json.tables[0].config.authentication.password).toBe('********');
      expect(flink.json.tables[0].sql).toContain("'properties.bootstrap.servers' = 'kafka-broker:9092'");
      expect(flink.json.tables[0].sql).toContain("'properties.sasl.jaas.config' = '********'");
      expect(flink.text).not.toContain(KAFKA_PASSWORD);
      const arroyo = await post(base, '/v1/resolve', { sql: USING_CONNECTION });
      expect(arroyo.status).toBe(200);
      expect(arroyo.json.tables).toEqual([]);
      expect(arroyo.json.errors[0]).toMatchObject({
        code: 'WRONG_DIALECT',
        line: 1,
        column: USING_CONNECTION.indexOf('USING') + 1,
        table: 'u',
      });
    }
  });

  it("redacts a Flink table with Flink's connector: a jdbc table shows its URL and masks its password", async () => {
    const bodies: string[] = [];
    for (const { where, base } of servers) {
      const answer = await post(base, '/v1/resolve', { sql: JDBC_TABLE, dialect: 'flink' });
      expect([where, answer.status, answer.json.errors]).toEqual([where, 200, []]);
      expect(answer.json.tables[0].config).toEqual({
        url: 'jdbc:postgresql://db:5432/shop',
        username: 'flink',
        password: '********',
        'table-name': 'orders',
      });
      expect(answer.text).not.toContain(PG_PASSWORD);
      bodies.push(answer.text);
    }
    expect(bodies[1]).toBe(bodies[0]);
  });

  it('registers the tables of a Flink script as Flink tables, on the event loop and in the worker thread', async () => {
    for (const [i, { where, base }] of servers.entries()) {
      const name = `s${i}`;
      const answer = await post(base, '/v1/resolve', {
        sql: JDBC_TABLE.replace('TABLE s ', `TABLE ${name} `),
        dialect: 'flink',
        register: true,
      });
      expect([where, answer.status, answer.json.errors]).toEqual([where, 200, []]);
      const listed = await (await fetch(`${base}/v1/connection_tables?profile=shop`)).json();
      expect([where, listed.data.find((t: { name: string }) => t.name === name)]).toMatchObject([
        where,
        { name, connector: 'jdbc', dialect: 'flink', connection_profile: 'shop', config: { 'table-name': 'orders' } },
      ]);
    }
    // The same script in Arroyo's dialect names a connector Arroyo lacks: refused, nothing registered.
    const arroyo = await post(servers[0].base, '/v1/resolve', { sql: JDBC_TABLE, register: true });
    expect(arroyo.json.errors.map((e: { code: string }) => e.code)).toEqual(['UNKNOWN_CONNECTOR']);
    expect((await catalog.tables.list()).items.map((t) => [t.name, t.dialect])).toEqual([
      ['s0', 'flink'],
      ['s1', 'flink'],
    ]);
  });

  it('registers a table in a dialect through POST /v1/connection_tables, and says it in OpenAPI', async () => {
    const base = servers[0].base;
    const body = { name: 'direct', connection_profile_id: 'shop', connector: 'jdbc', config: { 'table-name': 'direct' } };
    const arroyo = await post(base, '/v1/connection_tables', body);
    expect([arroyo.status, arroyo.json.error.code]).toEqual([422, 'TABLE_INVALID']);
    const flink = await post(base, '/v1/connection_tables', { ...body, dialect: 'flink' });
    expect([flink.status, flink.json.dialect, flink.json.config]).toEqual([201, 'flink', { 'table-name': 'direct' }]);
    const bad = await post(base, '/v1/connection_tables', { ...body, name: 'bad', dialect: 'spark' });
    expect([bad.status, bad.json.error.code]).toEqual([400, 'INVALID_REQUEST']);
    const document = await (await fetch(`${base}/v1/openapi.json`)).json();
    expect(document.components.schemas.TableCreate.properties.dialect).toMatchObject({ enum: ['arroyo', 'flink'] });
    expect(document.components.schemas.Table.required).toContain('dialect');
    await catalog.tables.drop('direct');
  });

  it("lists a dialect's connectors at GET /v1/connectors?dialect=, each with the connector whose profiles it takes", async () => {
    const base = servers[0].base;
    const list = async (query: string) => {
      const response = await fetch(`${base}/v1/connectors${query}`);
      return { status: response.status, json: await response.json() };
    };
    const flink = await list('?dialect=flink');
    const byName = Object.fromEntries(
      flink.json.data.map((c: { name: string; profile_connector: string }) => [c.name, c.profile_connector]),
    );
    expect([flink.status, byName]).toEqual([
      200,
      {
        kafka: 'kafka',
        'upsert-kafka': 'kafka',
        filesystem: 'filesystem',
        jdbc: 'jdbc',
        datagen: 'datagen',
        print: 'print',
        blackhole: 'blackhole',
      },
    ]);
    const arroyo = await list('');
    expect(arroyo.json.data.map((c: { name: string }) => c.name)).toEqual(
      (await list('?dialect=arroyo')).json.data.map((c: { name: string }) => c.name),
    );
    expect(arroyo.json.data.map((c: { name: string }) => c.name)).not.toContain('jdbc');
    const bad = await list('?dialect=spark');
    expect([bad.status, bad.json.error.code]).toEqual([400, 'INVALID_REQUEST']);
  });

  it('is in the OpenAPI document: an enum of the dialects, described', async () => {
    const document = await (await fetch(`${servers[0].base}/v1/openapi.json`)).json();
    const resolve = document.components.schemas.Resolve;
    expect(resolve.properties.dialect).toMatchObject({ type: 'string', enum: ['arroyo', 'flink'] });
    expect(resolve.properties.dialect.description).toMatch(/`arroyo` \(default\).*`flink`/);
    expect(resolve.required).toEqual(['sql']);
  });
});
