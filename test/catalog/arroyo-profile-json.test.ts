import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry, openCatalog, resolve, type Catalog } from '../../src/index.js';
import { redactConfig } from '../../src/resolve/index.js';
import { serveApi, type TestApi } from '../support/http-server.js';
import { runCli } from '../support/run-cli.js';

/**
 * Profiles exactly as Arroyo's API returns them (camelCase, each `oneOf` variant of the
 * connector's `crates/arroyo-connectors/src/<name>/profile.json`), each with the canonical
 * config we must store and return for it, and a table that uses it.
 */
const VARIANTS: Array<{
  name: string;
  connector: string;
  arroyo: Record<string, unknown>;
  canonical: Record<string, unknown>;
  table: string;
}> = [
  {
    name: 'kafka-none',
    connector: 'kafka',
    arroyo: { bootstrapServers: 'broker-1:9092,broker-2:9092', authentication: {}, schemaRegistryEnum: {} },
    canonical: { bootstrap_servers: 'broker-1:9092,broker-2:9092', authentication: {} },
    table: "topic = 'orders', format = 'json', type = 'source'",
  },
  {
    name: 'kafka-sasl',
    connector: 'kafka',
    arroyo: {
      bootstrapServers: 'broker-1:9092',
      authentication: { protocol: 'SASL_SSL', mechanism: 'SCRAM-SHA-512', username: 'arroyo', password: 'kafka-pw' },
      schemaRegistryEnum: { endpoint: 'https://registry:8081', apiKey: 'SRKEY', apiSecret: 'sr-secret' },
      connectionProperties: { 'client.id': 'arroyo' },
    },
    canonical: {
      bootstrap_servers: 'broker-1:9092',
      authentication: { protocol: 'SASL_SSL', sasl_mechanism: 'SCRAM-SHA-512', username: 'arroyo', password: 'kafka-pw' },
      schema_registry: { endpoint: 'https://registry:8081', api_key: 'SRKEY', api_secret: 'sr-secret' },
      connection_properties: { 'client.id': 'arroyo' },
    },
    table: "topic = 'orders', format = 'json', type = 'source'",
  },
  {
    name: 'kafka-iam',
    connector: 'kafka',
    arroyo: { bootstrapServers: 'b-1.msk.us-east-1.amazonaws.com:9098', authentication: { region: 'us-east-1' } },
    canonical: { bootstrap_servers: 'b-1.msk.us-east-1.amazonaws.com:9098', authentication: { region: 'us-east-1' } },
    table: "topic = 'orders', format = 'json', type = 'sink'",
  },
  {
    name: 'redis-standard',
    connector: 'redis',
    arroyo: { connection: { address: 'redis://cache-1:6379' }, username: 'app', password: 'redis-pw' },
    canonical: { address: 'redis://cache-1:6379', username: 'app', password: 'redis-pw' },
    table: "type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'k:'",
  },
  {
    name: 'redis-cluster',
    connector: 'redis',
    arroyo: { connection: { addresses: ['redis://r1:7000', 'redis://r2:7001'] } },
    canonical: { cluster: { addresses: ['redis://r1:7000', 'redis://r2:7001'] } },
    table: "type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 'k:'",
  },
  {
    name: 'confluent-registry',
    connector: 'confluent',
    arroyo: {
      bootstrapServers: 'pkc-f25ac.us-east-1.aws.confluent.cloud:9092',
      key: 'CLUSTERKEY',
      secret: 'cluster-secret',
      schemaRegistry: { endpoint: 'https://psrc-f87ab.us-east-2.aws.confluent.cloud', apiKey: 'SRKEY', apiSecret: 'sr-secret' },
    },
    canonical: {
      bootstrap_servers: 'pkc-f25ac.us-east-1.aws.confluent.cloud:9092',
      key: 'CLUSTERKEY',
      secret: 'cluster-secret',
      schema_registry: { endpoint: 'https://psrc-f87ab.us-east-2.aws.confluent.cloud', api_key: 'SRKEY', api_secret: 'sr-secret' },
    },
    table: "topic = 'orders', format = 'json', type = 'source'",
  },
  {
    name: 'confluent-plain',
    connector: 'confluent',
    arroyo: {
      bootstrapServers: 'pkc-f25ac.us-east-1.aws.confluent.cloud:9092',
      key: 'CLUSTERKEY',
      secret: 'cluster-secret',
      schemaRegistry: {},
    },
    canonical: { bootstrap_servers: 'pkc-f25ac.us-east-1.aws.confluent.cloud:9092', key: 'CLUSTERKEY', secret: 'cluster-secret' },
    table: "topic = 'orders', format = 'json', type = 'sink'",
  },
  {
    name: 'nats-none',
    connector: 'nats',
    arroyo: { servers: 'nats-1:4222,nats-2:4222', authentication: {} },
    canonical: { servers: 'nats-1:4222,nats-2:4222', authentication: {} },
    table: "type = 'source', subject = 'logs', format = 'json'",
  },
  {
    name: 'nats-credentials',
    connector: 'nats',
    arroyo: { servers: 'nats-1:4222', authentication: { username: 'arroyo', password: 'nats-pw' } },
    canonical: { servers: 'nats-1:4222', authentication: { username: 'arroyo', password: 'nats-pw' } },
    table: "type = 'source', stream = 'logs', format = 'json'",
  },
  {
    name: 'nats-jwt',
    connector: 'nats',
    arroyo: { servers: 'nats-1:4222', authentication: { jwt: 'eyJhbGciOi.jwt', nkeySeed: 'SUAMSEED' } },
    canonical: { servers: 'nats-1:4222', authentication: { jwt: 'eyJhbGciOi.jwt', nkey_seed: 'SUAMSEED' } },
    table: "type = 'sink', subject = 'alerts', format = 'json'",
  },
  {
    name: 'mqtt-tls',
    connector: 'mqtt',
    arroyo: {
      url: 'mqtts://broker:8883',
      clientPrefix: 'arroyo-in',
      username: 'arroyo',
      password: 'mqtt-pw',
      maxPacketSize: 20480,
      tls: { ca: '/etc/ca.pem', cert: '/etc/client.pem', key: '/etc/client.key' },
    },
    canonical: {
      url: 'mqtts://broker:8883',
      client_prefix: 'arroyo-in',
      username: 'arroyo',
      password: 'mqtt-pw',
      max_packet_size: 20480,
      tls: { ca: '/etc/ca.pem', cert: '/etc/client.pem', key: '/etc/client.key' },
    },
    table: "type = 'source', topic = 'sensors', format = 'json'",
  },
  {
    name: 'mqtt-plain',
    connector: 'mqtt',
    arroyo: { url: 'tcp://broker:1883' },
    canonical: { url: 'tcp://broker:1883' },
    table: "type = 'sink', topic = 'alerts', format = 'json'",
  },
  {
    name: 'rabbitmq-tls',
    connector: 'rabbitmq',
    arroyo: {
      host: 'rabbit',
      port: 5551,
      username: 'arroyo',
      password: 'rabbit-pw',
      virtual_host: '/streams',
      load_balancer_mode: true,
      tls_config: {
        enabled: true,
        trust_certificates: false,
        root_certificates_path: '/etc/ca.pem',
        client_certificates_path: '/etc/c.pem',
        client_keys_path: '/etc/k.pem',
      },
    },
    canonical: {
      host: 'rabbit',
      port: 5551,
      username: 'arroyo',
      password: 'rabbit-pw',
      virtual_host: '/streams',
      load_balancer_mode: true,
      tls_config: {
        enabled: true,
        trust_certificates: false,
        root_certificates_path: '/etc/ca.pem',
        client_certificates_path: '/etc/c.pem',
        client_keys_path: '/etc/k.pem',
      },
    },
    table: "type = 'source', stream = 'events', format = 'json'",
  },
  {
    name: 'rabbitmq-defaults',
    connector: 'rabbitmq',
    arroyo: {},
    canonical: {},
    table: "type = 'source', stream = 'events', format = 'json'",
  },
];

const registry = createRegistry();
const redacted = (v: (typeof VARIANTS)[number]) => redactConfig(registry.get(v.connector)!, v.canonical);
/** One table per variant, in VARIANTS' order. */
const script = VARIANTS.map(
  (v) => `CREATE TABLE t_${v.name.replaceAll('-', '_')} (value TEXT) WITH (connection_profile = '${v.name}', ${v.table});`,
).join('\n');
/** Arroyo's GET /v1/connection_profiles body, as Arroyo returns it. */
const arroyoExport = {
  data: VARIANTS.map((v, i) => ({
    id: `cp_${i}`,
    name: v.name,
    connector: v.connector,
    config: v.arroyo,
    description: `from Arroyo: ${v.name}`,
  })),
};
const arroyoProfiles = VARIANTS.map((v) => ({ name: v.name, connector: v.connector, config: v.arroyo }));

/** A config without the objects left empty (Arroyo's `None` variants, `authentication: {}`), which a resolved table leaves out. */
function withoutEmpty(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).filter(([, value]) => !(typeof value === 'object' && value !== null && Object.keys(value).length === 0)),
  );
}

function expectCanonicalTables(tables: Array<{ table: string; config: Record<string, unknown> }>, shown: 'real' | 'redacted') {
  expect(tables.map((t) => t.table)).toEqual(VARIANTS.map((v) => `t_${v.name.replaceAll('-', '_')}`));
  VARIANTS.forEach((v, i) => expect(tables[i].config, v.name).toMatchObject(withoutEmpty(shown === 'real' ? v.canonical : redacted(v))));
}

describe("profiles exactly as Arroyo's API returns them, every oneOf variant of the six profile connectors", () => {
  const work = mkdtempSync(join(tmpdir(), 'ddl-arroyo-json-'));
  let catalog: Catalog;
  let api: TestApi;
  beforeAll(async () => {
    catalog = await openCatalog();
    api = await serveApi({ catalog, tokens: { 'arroyo-token-01': 'acme' } });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await catalog?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('resolve(sql, { profiles }) reads each as our canonical config', async () => {
    const { tables, errors } = await resolve(script, { profiles: arroyoProfiles, showSecrets: true });
    expect(errors).toEqual([]);
    expectCanonicalTables(tables, 'real');
  });

  it('catalog.profiles.create stores and returns the canonical shape', async () => {
    for (const v of VARIANTS) {
      const created = await catalog.profiles.create({ name: v.name, connector: v.connector, config: v.arroyo });
      expect(created.config, v.name).toEqual(redacted(v));
      expect((await catalog.profiles.get(v.name, { showSecrets: true })).config, v.name).toEqual(v.canonical);
    }
    const { tables, errors } = await catalog.resolve(script, { showSecrets: true });
    expect(errors).toEqual([]);
    expectCanonicalTables(tables, 'real');
  }, 60_000);

  it('POST /v1/connection_profiles stores and returns the canonical shape', async () => {
    const headers = { authorization: 'Bearer arroyo-token-01', 'content-type': 'application/json' };
    for (const v of VARIANTS) {
      const name = `http-${v.name}`;
      const posted = await fetch(`${api.base}/v1/connection_profiles`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name, connector: v.connector, config: v.arroyo }),
      });
      const body = await posted.json();
      expect(posted.status, `${v.name}: ${JSON.stringify(body)}`).toBe(201);
      expect(body.config, v.name).toEqual(redacted(v));
      const got = await fetch(`${api.base}/v1/connection_profiles/${encodeURIComponent(name)}`, { headers });
      expect((await got.json()).config, v.name).toEqual(redacted(v));
    }
  }, 60_000);

  it("profiles import takes Arroyo's {data: […]} body as it is, and stores the canonical shape (CLI)", async () => {
    writeFileSync(join(work, 'arroyo-profiles.json'), JSON.stringify(arroyoExport));
    writeFileSync(join(work, 'script.sql'), script);
    const store = join(work, 'store');
    const imported = await runCli(['profiles', 'import', 'arroyo-profiles.json', '--store', store, '--json'], { cwd: work });
    expect(imported.code, imported.stderr).toBe(0);
    // The CLI's --json is the REST API's: a list is {data, total}.
    const { data: printed, total } = JSON.parse(imported.stdout) as {
      data: Array<{ name: string; config: unknown; description: string }>;
      total: number;
    };
    expect(total).toBe(VARIANTS.length);
    expect(printed.map((p) => p.name)).toEqual(VARIANTS.map((v) => v.name));
    VARIANTS.forEach((v, i) => {
      expect(printed[i].config, v.name).toEqual(redacted(v));
      expect(printed[i].description).toBe(`from Arroyo: ${v.name}`);
    });
    const resolved = await runCli(['resolve', 'script.sql', '--store', store, '--show-secrets', '--json'], { cwd: work });
    expect(resolved.code, resolved.stdout + resolved.stderr).toBe(0);
    expectCanonicalTables(JSON.parse(resolved.stdout).tables, 'real');
    const shown = await runCli(['profiles', 'show', 'kafka-sasl', '--store', store, '--show-secrets', '--json'], { cwd: work });
    expect(JSON.parse(shown.stdout).config).toEqual(VARIANTS[1].canonical);
    const viaFlag = await runCli(['resolve', 'script.sql', '--profiles', 'arroyo-profiles.json', '--json'], { cwd: work });
    expect(viaFlag.code, viaFlag.stdout + viaFlag.stderr).toBe(0);
    expectCanonicalTables(JSON.parse(viaFlag.stdout).tables, 'redacted');
  }, 180_000);
});
