import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createRegistry,
  defineConnector,
  extendConnector,
  field,
  kafkaConnector,
  redactResult,
  resolve,
  secret,
  validateProfile,
  type ProfileDefinition,
  type ProfileSource,
} from '../../src/index.js';

const kafka: ProfileDefinition = {
  name: 'production-kafka',
  connector: 'kafka',
  config: {
    bootstrap_servers: 'kafka-broker:9092',
    authentication: { sasl_mechanism: 'PLAIN', username: 'user', password: 'pa$$word' },
  },
};

const table = (options: string) => `CREATE TABLE o (id BIGINT) WITH (${options});`;

describe('merging', () => {
  it('records provenance for table, profile, default and env values', async () => {
    const profile = {
      ...kafka,
      config: { ...kafka.config, authentication: { sasl_mechanism: 'PLAIN', username: '{{ USER }}', password: 'p' } },
    };
    const { tables, errors } = await resolve(table("connection_profile = 'production-kafka', topic = 'o', format = 'json'"), {
      profiles: [profile],
      env: { USER: 'svc-planner' },
    });
    expect(errors).toEqual([]);
    expect(tables[0].provenance).toEqual({
      bootstrap_servers: 'profile',
      'authentication.sasl_mechanism': 'profile',
      'authentication.username': 'env',
      'authentication.password': 'profile',
      'authentication.type': 'default',
      'authentication.protocol': 'default',
      topic: 'table',
      format: 'table',
      bad_data: 'default',
    });
    expect(tables[0].config.authentication).toEqual({
      type: 'sasl',
      protocol: 'SASL_PLAINTEXT',
      sasl_mechanism: 'PLAIN',
      username: 'svc-planner',
      password: 'p',
    });
  });

  it('lets a template fill credential fields only, and shows what it filled as a secret', async () => {
    const env = { RPW: 'env-canary-77', RUSER: 'env-user-canary-78', HOST: 'cache' };
    const sql =
      "CREATE TABLE o (k STRING) WITH (connection_profile = 'p', type = 'sink', format = 'json', target = 'string', 'target.key_prefix' = 't:');";
    for (const config of [{ address: 'redis://{{ HOST }}:6379' }, { address: 'redis://cache:6379', database: '{{ HOST }}' }]) {
      const problems = validateProfile(createRegistry(), { name: 'p', connector: 'redis', config });
      expect(problems, JSON.stringify(config)).toMatchObject([
        { code: 'INVALID_VALUE', message: expect.stringContaining('a {{ NAME }} template fills only a credential field') },
      ]);
      const result = await resolve(sql, { profiles: [{ name: 'p', connector: 'redis', config }], env });
      expect(result.errors.map((e) => e.code)).toEqual(['INVALID_VALUE']);
      expect(JSON.stringify(result)).not.toContain('cache:6379:');
    }
    const kafkaMap = { ...kafka, config: { ...kafka.config, connection_properties: { 'client.id': '{{ RPW }}' } } };
    expect(validateProfile(createRegistry(), kafkaMap)).toMatchObject([{ code: 'INVALID_VALUE', key: 'connection_properties.client.id' }]);
    const ok = { name: 'p', connector: 'redis', config: { address: 'redis://cache:6379', username: '{{ RUSER }}', password: '{{ RPW }}' } };
    expect(validateProfile(createRegistry(), ok)).toEqual([]);
    const result = await resolve(sql, { profiles: [ok], env });
    expect(result.errors).toEqual([]);
    expect(result.tables[0].options).toMatchObject({ username: '********', password: '********' });
    const printed = JSON.stringify(redactResult(result));
    expect(printed).not.toContain('env-user-canary-78');
    expect(printed).not.toContain('env-canary-77');
    expect(result.tables[0].config).toMatchObject({ username: 'env-user-canary-78' });
    // A value from the environment that does not convert is not quoted either.
    const badDb = await resolve(sql, {
      profiles: [{ name: 'p', connector: 'redis', config: { address: 'redis://cache:6379', username: '{{ RUSER }}' } }],
      env: { RUSER: '' },
    });
    expect(JSON.stringify(badDb)).not.toContain('env-user-canary-78');
  });

  it('never reads process.env unless it is handed in', async () => {
    process.env.DDL_PROFILES_TEST_SECRET = 'from-process';
    const profile = {
      ...kafka,
      config: { ...kafka.config, authentication: { sasl_mechanism: 'PLAIN', username: 'u', password: '{{ DDL_PROFILES_TEST_SECRET }}' } },
    };
    const sql = table("connection_profile = 'production-kafka', topic = 'o', format = 'json'");
    const closed = await resolve(sql, { profiles: [profile] });
    expect(closed.errors.map((e) => e.code)).toEqual(['MISSING_ENV_VAR']);
    const open = await resolve(sql, { profiles: [profile], env: process.env });
    expect(open.tables[0].config.authentication).toMatchObject({ password: 'from-process' });
    delete process.env.DDL_PROFILES_TEST_SECRET;
  });

  it('accepts Arroyo aliases and reports an alias that repeats its canonical key', async () => {
    const ok = await resolve(
      table(
        "connector = 'kafka', bootstrap_servers = 'k:9092', 'auth.mechanism' = 'PLAIN', 'auth.username' = 'u', 'auth.password' = 'p', topic = 't', format = 'json'",
      ),
    );
    expect(ok.errors).toEqual([]);
    expect(ok.tables[0].options['authentication.sasl_mechanism']).toBe('PLAIN');
    const sql = table(
      "connector = 'kafka', bootstrap_servers = 'k:9092', 'auth.mechanism' = 'PLAIN', 'auth.username' = 'u', 'authentication.username' = 'v', 'auth.password' = 'p', topic = 't', format = 'json'",
    );
    const twice = await resolve(sql);
    expect(twice.errors).toMatchObject([
      { code: 'DUPLICATE_OPTION', key: 'authentication.username', line: 1, column: sql.indexOf("'authentication.username'") + 1 },
    ]);
  });

  it('lets a table override what the profile lists in overridable, and nothing else', async () => {
    const profile = { ...kafka, overridable: ['authentication.username'] };
    const ok = await resolve(table("connection_profile = 'production-kafka', 'auth.username' = 'me', topic = 'o', format = 'json'"), {
      profiles: [profile],
    });
    expect(ok.tables[0].provenance['authentication.username']).toBe('table');
    expect(ok.tables[0].config.authentication).toMatchObject({ username: 'me', password: 'pa$$word' });
    const refused = await resolve(
      table("connection_profile = 'production-kafka', 'auth.password' = 'mine', topic = 'o', format = 'json'"),
      { profiles: [profile] },
    );
    expect(refused.errors).toMatchObject([{ code: 'OPTION_CONFLICT', key: 'authentication.password' }]);
    expect(JSON.stringify(refused.errors)).not.toContain('mine');
  });

  it('redacts secrets in options and rewritten SQL unless asked, and quotes every value', async () => {
    const sql = table("connection_profile = 'production-kafka', topic = 'it''s; -- not a comment', format = 'json'");
    const hidden = await resolve(sql, { profiles: [kafka] });
    expect(hidden.tables[0].options['authentication.password']).toBe('********');
    expect(hidden.tables[0].sql).not.toContain('pa$$word');
    expect(hidden.tables[0].sql).toContain("'auth.password' = '********'");
    expect(hidden.tables[0].sql).not.toContain('connection_profile');
    expect(hidden.tables[0].config.authentication).toMatchObject({ password: 'pa$$word' });
    const shown = await resolve(sql, { profiles: [kafka], showSecrets: true });
    expect(shown.tables[0].sql).toContain("'auth.password' = 'pa$$word'");
    const again = await resolve(shown.tables[0].sql, { showSecrets: true });
    expect(again.tables[0].config).toEqual(shown.tables[0].config);
    expect(again.tables[0].config.topic).toBe("it's; -- not a comment");
  });

  it('treats secret-looking entries of free maps as secrets', async () => {
    const profile = {
      ...kafka,
      config: {
        bootstrap_servers: 'k:9092',
        connection_properties: { 'sasl.jaas.config': 'user="x" password="jaas-secret"', 'linger.ms': '5' },
      },
    };
    const { tables } = await resolve(table("connection_profile = 'production-kafka', topic = 'o', format = 'json'"), {
      profiles: [profile],
    });
    expect(tables[0].options['connection_properties.sasl.jaas.config']).toBe('********');
    expect(tables[0].options['connection_properties.linger.ms']).toBe('5');
    expect(tables[0].sql).not.toContain('jaas-secret');
  });

  it('fetches every profile of a script in one call', async () => {
    const calls: string[][] = [];
    const source: ProfileSource = {
      async fetchProfiles(names) {
        calls.push([...names]);
        return [kafka];
      },
      async knownNames() {
        throw new Error('only asked when a name is missing');
      },
    };
    const sql = Array.from(
      { length: 50 },
      (_, i) => `CREATE TABLE t${i} (a INT) WITH (connection_profile = 'production-kafka', topic = 't${i}', format = 'json');`,
    ).join('\n');
    const result = await resolve(sql, { profiles: source });
    expect(result.tables).toHaveLength(50);
    expect(calls).toEqual([['production-kafka']]);
  });

  it('validates values by type and says which key is wrong, without echoing secrets', async () => {
    const { errors } = await resolve(
      table(
        "connector = 'kafka', bootstrap_servers = 'no-port', topic = 't', format = 'json', 'auth.mechanism' = 'GSSAPI', 'auth.username' = 'u', 'auth.password' = 'top-secret-1', idle_micros = -5",
      ),
    );
    expect(errors.map((e) => [e.code, e.key])).toEqual([
      ['INVALID_VALUE', 'bootstrap_servers'],
      ['INVALID_VALUE', 'authentication.sasl_mechanism'],
      ['INVALID_VALUE', 'idle_micros'],
    ]);
    expect(JSON.stringify(errors)).not.toContain('top-secret-1');
  });

  it('calls a left-out option missing, whether it takes any string, one of a list or one of several shapes', async () => {
    const { errors } = await resolve(
      "CREATE TABLE k (id BIGINT) WITH (connection_profile = 'production-kafka', topic = 'o');\n" +
        "CREATE TABLE r (id BIGINT) WITH (connector = 'redis', address = 'redis://cache:6379', format = 'json', target = 'string');\n" +
        "CREATE TABLE f (id BIGINT) WITH (connection_profile = 'production-kafka', format = 'json');",
      { profiles: [kafka] },
    );
    expect(errors.map((e) => [e.code, e.table, e.key, e.message])).toEqual([
      ['MISSING_OPTION', 'k', 'format', "table 'k' needs option 'format'"],
      ['MISSING_OPTION', 'r', 'type', "table 'r' needs option 'type'"],
      ['MISSING_OPTION', 'f', 'topic', "table 'f' needs option 'topic'"],
    ]);
  });

  it('resolves a CREATE TABLE … AS SELECT: its profile is inlined and its query kept', async () => {
    const { tables, passthrough, errors } = await resolve(
      "CREATE TABLE big_orders WITH (connection_profile = 'production-kafka', topic = 'big', format = 'json') AS SELECT * FROM orders WHERE amount > 100;",
      { profiles: [kafka] },
    );
    expect(errors).toEqual([]);
    expect(passthrough).toEqual([]);
    expect(tables[0]).toMatchObject({
      table: 'big_orders',
      columns: [],
      columnsText: '',
      config: { bootstrap_servers: 'kafka-broker:9092', topic: 'big' },
    });
    expect(tables[0].sql).toMatch(/^CREATE TABLE big_orders WITH \(\n {2}'connector' = 'kafka',\n/);
    expect(tables[0].sql).toMatch(/\n\) AS SELECT \* FROM orders WHERE amount > 100$/);
    expect(tables[0].sql).not.toContain('connection_profile');
  });

  it('warns when a table writes a secret in its own DDL, at the value, without echoing it', async () => {
    const { tables, warnings } = await resolve(
      "CREATE TABLE inline (k STRING METADATA FROM 'key' PRIMARY KEY) WITH (connector = 'redis', address = 'redis://cache:6379',\n  password = 'inline-pw-77', type = 'lookup', format = 'json');\n" +
        "CREATE TABLE fine (id BIGINT) WITH (connection_profile = 'production-kafka', topic = 'o', format = 'json');",
      { profiles: [kafka] },
    );
    expect(tables.map((t) => t.table)).toEqual(['inline', 'fine']);
    expect(warnings).toEqual([
      { code: 'INLINE_SECRET', key: 'password', message: expect.stringContaining("'password'"), line: 2, column: 14, table: 'inline' },
    ]);
    expect(JSON.stringify(warnings)).not.toContain('inline-pw-77');
  });

  it('warns when the script creates a table it already created, saying what IF NOT EXISTS changes', async () => {
    const create = (prefix: string, topic: string) =>
      `${prefix} o (id BIGINT) WITH (connection_profile = 'production-kafka', topic = '${topic}', format = 'json');\n`;
    const { tables, warnings } = await resolve(
      create('CREATE TABLE', 'a') + create('CREATE TABLE IF NOT EXISTS', 'b') + create('CREATE TABLE', 'c'),
      { profiles: [kafka] },
    );
    expect(tables).toHaveLength(3);
    expect(warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      ['DUPLICATE_TABLE', 2, "table 'o' was already created at line 1; IF NOT EXISTS keeps the first"],
      ['DUPLICATE_TABLE', 3, "table 'o' was already created at line 1; creating it again fails, in the planner and when registering"],
    ]);
  });

  it('warns when a statement it passes through still sets connection_profile', async () => {
    const { passthrough, warnings, errors } = await resolve(
      "ALTER TABLE o SET ('connection_profile' = 'production-kafka');\nINSERT INTO o SELECT 'connection_profile' FROM src;\nCREATE VIEW v AS SELECT 1;",
      { profiles: [kafka] },
    );
    expect(errors).toEqual([]);
    expect(passthrough).toHaveLength(3);
    expect(warnings).toEqual([
      {
        code: 'PROFILE_NOT_RESOLVED',
        written: 'connection_profile',
        message: expect.stringContaining('passes through untouched'),
        line: 1,
        column: 1,
      },
    ]);
    const shouted = await resolve("CREATE TABLE t (id INT) WITH (CONNECTION_PROFILE = 'production-kafka', topic = 't', format = 'json');", {
      profiles: [kafka],
    });
    // Option keys are case-sensitive: to Arroyo this is a memory table with options, which it refuses.
    expect([shouted.tables.length, shouted.passthrough.length, shouted.warnings.length]).toEqual([0, 0, 0]);
    expect(shouted.errors).toMatchObject([
      { code: 'MISSING_OPTION', key: 'connector', suggestion: 'connection_profile', line: 1, column: 31 },
    ]);
  });

  it('refuses a password inside a URL, which would show wherever the URL does, without quoting it', async () => {
    const redis = (address: string): ProfileDefinition => ({ name: 'r', connector: 'redis', config: { address } });
    const lookup =
      "CREATE TABLE l (k STRING METADATA FROM 'key' PRIMARY KEY) WITH (connection_profile = 'r', type = 'lookup', format = 'json');";
    const refused = await resolve(lookup, { profiles: [redis('redis://:url-pw-31@cache:6379')] });
    expect(refused.errors).toMatchObject([
      { code: 'INVALID_VALUE', key: 'address', message: expect.stringMatching(/^address: the URL carries a password/) },
    ]);
    expect(JSON.stringify(refused)).not.toContain('url-pw-31');
    expect((await resolve(lookup, { profiles: [redis('redis://reader@cache:6379')] })).errors).toEqual([]);
    const registry = { bootstrap_servers: 'k:9092', schema_registry: { endpoint: 'https://key:url-secret-7@registry:8081' } };
    const kafkaTable = "CREATE TABLE o (id BIGINT) WITH (connection_profile = 'k', topic = 'o', format = 'avro');";
    const refusedRegistry = await resolve(kafkaTable, { profiles: [{ name: 'k', connector: 'kafka', config: registry }] });
    expect(refusedRegistry.errors).toMatchObject([{ code: 'INVALID_VALUE', key: 'schema_registry.endpoint' }]);
    expect(JSON.stringify(refusedRegistry)).not.toContain('url-secret-7');
  });

  it('reports what a profile sets that its connector does not know', async () => {
    const broken = { ...kafka, config: { ...kafka.config, bootstrap_server: 'typo:9092' } };
    const { errors } = await resolve(table("connection_profile = 'production-kafka', topic = 'o', format = 'json'"), {
      profiles: [broken],
    });
    expect(errors).toMatchObject([{ code: 'UNKNOWN_OPTION', key: 'bootstrap_server', suggestion: 'bootstrap_servers' }]);
  });
});

describe('connectors', () => {
  it('exports JSON Schemas with sensitive fields marked', () => {
    const { profile, table: tableSchema } = kafkaConnector.jsonSchemas();
    const auth = (
      profile.properties as Record<string, { oneOf: Array<{ title: string; properties: Record<string, { sensitive?: boolean }> }> }>
    ).authentication;
    const sasl = auth.oneOf.find((a) => a.title === 'SASL')!;
    expect(sasl.properties.password.sensitive).toBe(true);
    expect(sasl.properties.username.sensitive).toBeUndefined();
    expect((tableSchema.required as string[]).sort()).toEqual(['format', 'topic']);
    expect(kafkaConnector.jsonSchemas().profile).toBe(profile);
  });

  it('lets a planner register its own connector and extra keys', async () => {
    const registry = createRegistry();
    registry.register(
      defineConnector({
        name: 'webhook',
        description: 'HTTP POST sink',
        profile: z.strictObject({ endpoint: field(z.url(), { endpoint: true }), token: secret(z.string()) }),
        table: z.strictObject({ path: z.string().startsWith('/') }),
      }),
    );
    registry.register(extendConnector(kafkaConnector, { table: { tier: z.enum(['gold', 'silver']).optional() } }));
    const hook: ProfileDefinition = {
      name: 'hooks',
      connector: 'webhook',
      config: { endpoint: 'https://hooks.example/in', token: 'tok-123' },
    };
    const result = await resolve(
      "CREATE TABLE h (a INT) WITH (connection_profile = 'hooks', path = '/orders'); CREATE TABLE k (a INT) WITH (connector = 'kafka', bootstrap_servers = 'k:9092', topic = 't', format = 'json', tier = 'gold');",
      { profiles: [hook], registry },
    );
    expect(result.errors).toEqual([]);
    expect(result.tables[0].config).toEqual({ endpoint: 'https://hooks.example/in', token: 'tok-123', path: '/orders' });
    expect(result.tables[0].options.token).toBe('********');
    expect(result.tables[1].config.tier).toBe('gold');
  });

  it('validates profile bodies before they are saved', () => {
    const registry = createRegistry();
    expect(validateProfile(registry, kafka)).toEqual([]);
    expect(validateProfile(registry, { name: 'p', connector: 'kafka', config: { bootstrap_servers: '{{ BROKERS }}' } })).toMatchObject([
      { code: 'INVALID_VALUE', key: 'bootstrap_servers' },
    ]);
    expect(
      validateProfile(registry, {
        name: 'p',
        connector: 'kafka',
        config: { bootstrap_servers: 'k:9092', authentication: { sasl_mechanism: 'PLAIN' } },
      }).map((p) => p.key),
    ).toEqual(['authentication.username', 'authentication.password']);
    expect(
      validateProfile(registry, {
        name: 'r',
        connector: 'redis',
        config: { address: 'redis://a:1', cluster: { addresses: ['redis://b:2'] } },
      }),
    ).toMatchObject([{ code: 'INVALID_VALUE', key: 'cluster.addresses' }]);
    expect(validateProfile(registry, { name: 'r', connector: 'rediss', config: {} })).toMatchObject([
      { code: 'UNKNOWN_CONNECTOR', suggestion: 'redis' },
    ]);
  });
});
