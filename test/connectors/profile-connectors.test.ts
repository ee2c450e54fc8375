import { describe, expect, it } from 'vitest';
import { createRegistry, redactResult, resolve, testResolvedTable, type ProfileDefinition } from '../../src/index.js';

/** The errors of a script as [code, key, message], in key order (several may share a position). */
const codes = async (sql: string, profiles: ProfileDefinition[] = []) =>
  (await resolve(sql, { profiles })).errors
    .map((e) => [e.code, e.key, e.message] as const)
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));

describe('the profile connectors', () => {
  it('are registered, take a profile and say which tables they make', () => {
    const registry = createRegistry();
    for (const name of ['kafka', 'confluent', 'redis', 'nats', 'mqtt', 'rabbitmq'])
      expect(registry.get(name)?.takesProfile, name).toBe(true);
    expect(registry.get('rabbitmq')?.roles).toEqual(['source']);
    expect(registry.get('redis')?.roles).toEqual(['sink', 'lookup']);
    expect(registry.get('nats')?.roles).toEqual(['source', 'sink']);
  });

  it('mark credentials sensitive and endpoints as endpoints', () => {
    const registry = createRegistry();
    const sensitive = (connector: string, key: string) => registry.get(connector)!.fields.match(key)?.field.sensitive;
    const endpoint = (connector: string, key: string) => registry.get(connector)!.fields.match(key)?.field.endpoint;
    expect([sensitive('confluent', 'key'), sensitive('confluent', 'secret'), sensitive('confluent', 'schema_registry.api_secret')]).toEqual(
      [true, true, true],
    );
    expect([sensitive('nats', 'auth.password'), sensitive('nats', 'auth.jwt'), sensitive('nats', 'auth.nkey_seed')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([
      sensitive('mqtt', 'password'),
      sensitive('mqtt', 'tls.key'),
      sensitive('rabbitmq', 'password'),
      sensitive('rabbitmq', 'tls_config.client_keys_path'),
    ]).toEqual([true, true, true, true]);
    expect([sensitive('nats', 'servers'), sensitive('mqtt', 'url'), sensitive('rabbitmq', 'host')]).toEqual([false, false, false]);
    expect([
      endpoint('confluent', 'bootstrap_servers'),
      endpoint('confluent', 'schema_registry.endpoint'),
      endpoint('nats', 'servers'),
      endpoint('mqtt', 'url'),
      endpoint('rabbitmq', 'host'),
      endpoint('rabbitmq', 'port'),
    ]).toEqual([true, true, true, true, true, true]);
  });

  it('hide their secrets from output by default', async () => {
    const sql =
      "CREATE TABLE t (v TEXT) WITH (connector = 'nats', servers = 'n:4222', 'auth.jwt' = 'jwt-canary-1', 'auth.nkey_seed' = 'seed-canary-2', type = 'sink', subject = 's', format = 'json');";
    const shown = JSON.stringify(redactResult(await resolve(sql)));
    expect(shown).not.toContain('jwt-canary-1');
    expect(shown).not.toContain('seed-canary-2');
    expect(shown).toContain('INLINE_SECRET');
  });

  it('each have a live tester, and a table of a connector without one answers config, saying so', async () => {
    const registry = createRegistry();
    for (const name of ['kafka', 'confluent', 'redis', 'nats', 'mqtt', 'rabbitmq'])
      expect(registry.get(name)?.tester, name).toBeTypeOf('function');
    const { tables } = await resolve("CREATE TABLE ticks WITH (connector = 'impulse', event_rate = '10');");
    const result = await testResolvedTable(tables[0]!);
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('config');
    expect(result.error?.message).toBe('the impulse connector has no live test');
  });
});

describe('cross-field rules of the profile connectors', () => {
  it('confluent: a schema registry needs its key and secret', async () => {
    const errors = await codes(
      "CREATE TABLE t (v TEXT) WITH (connector = 'confluent', bootstrap_servers = 'b:9092', key = 'k', secret = 's', 'schema_registry.endpoint' = 'https://sr', topic = 't', type = 'source', format = 'json');",
    );
    expect(errors.map(([code, key]) => [code, key])).toEqual([
      ['MISSING_OPTION', 'schema_registry.api_key'],
      ['MISSING_OPTION', 'schema_registry.api_secret'],
    ]);
  });

  it('nats: a source reads exactly one of stream and subject, a sink needs a subject, consumer.* is for streams', async () => {
    const base = "connector = 'nats', servers = 'n:4222', format = 'json'";
    expect(await codes(`CREATE TABLE t (v TEXT) WITH (${base}, type = 'source', stream = 'a', subject = 'b');`)).toEqual([
      ['INVALID_VALUE', 'subject', 'Exactly one of `stream` or `subject` must be set'],
    ]);
    expect((await codes(`CREATE TABLE t (v TEXT) WITH (${base}, type = 'source');`)).map(([c, k]) => [c, k])).toEqual([
      ['MISSING_OPTION', 'stream'],
    ]);
    expect((await codes(`CREATE TABLE t (v TEXT) WITH (${base}, type = 'sink', stream = 'a');`)).map(([c, k]) => [c, k])).toEqual([
      ['INVALID_VALUE', 'stream'],
      ['MISSING_OPTION', 'subject'],
    ]);
    const core = await codes(`CREATE TABLE t (v TEXT) WITH (${base}, type = 'source', subject = 'b', 'consumer.max_batch' = 5);`);
    expect(core.map(([c, k]) => [c, k])).toEqual([['INVALID_VALUE', 'consumer.max_batch']]);
    expect(core[0][2]).toContain('JetStream');
  });

  it('nats: credentials need a user and a password, and a JWT refuses a password', async () => {
    const errors = await codes(
      "CREATE TABLE t (v TEXT) WITH (connector = 'nats', servers = 'n:4222', 'auth.type' = 'jwt', 'auth.jwt' = 'j', 'auth.password' = 'p', type = 'sink', subject = 's', format = 'json');",
    );
    expect(errors.map(([c, k]) => [c, k])).toEqual([
      ['MISSING_OPTION', 'authentication.nkey_seed'],
      ['INVALID_VALUE', 'authentication.password'],
    ]);
    const profile: ProfileDefinition = { name: 'n', connector: 'nats', config: { servers: 'n:4222', authentication: { username: 'u' } } };
    const viaProfile = await codes(
      "CREATE TABLE t (v TEXT) WITH (connection_profile = 'n', type = 'sink', subject = 's', format = 'json');",
      [profile],
    );
    expect(viaProfile.map(([c, k]) => [c, k])).toEqual([['MISSING_OPTION', 'authentication.password']]);
  });

  it('mqtt: TLS files need a TLS url, and sink.retain a sink', async () => {
    const errors = await codes(
      "CREATE TABLE t (v TEXT) WITH (connector = 'mqtt', url = 'tcp://broker:1883', 'tls.ca' = '/ca.pem', type = 'source', topic = 't', format = 'json', 'sink.retain' = 'true');",
    );
    expect(errors.map(([c, k]) => [c, k])).toEqual([
      ['INVALID_VALUE', 'sink.retain'],
      ['INVALID_VALUE', 'tls.ca'],
    ]);
    expect(
      (
        await codes(
          "CREATE TABLE t (v TEXT) WITH (connector = 'mqtt', url = 'http://broker', type = 'source', topic = 't', format = 'json');",
        )
      )[0][0],
    ).toBe('INVALID_VALUE');
  });

  it('rabbitmq: tables are sources only, with a stream', async () => {
    const errors = await codes("CREATE TABLE t (v TEXT) WITH (connector = 'rabbitmq', type = 'sink', format = 'json');");
    expect(errors.map(([c, k]) => [c, k])).toEqual([
      ['MISSING_OPTION', 'stream'],
      ['INVALID_VALUE', 'type'],
    ]);
    expect(errors[1][2]).toContain("type must be 'source'");
  });

  it('every format-bearing connector needs a format', async () => {
    for (const sql of [
      "CREATE TABLE t (v TEXT) WITH (connector = 'mqtt', url = 'mqtt://b:1883', type = 'source', topic = 't');",
      "CREATE TABLE t (v TEXT) WITH (connector = 'nats', servers = 'n:4222', type = 'sink', subject = 's');",
    ]) {
      expect((await codes(sql)).map(([c, k]) => [c, k])).toEqual([['MISSING_OPTION', 'format']]);
    }
  });
});
