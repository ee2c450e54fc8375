import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactResult, resolve } from '../../src/index.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/store-backends.js';

/** librdkafka and Java client properties that hold a secret. */
const SECRET_PROPERTIES = [
  'sasl.password',
  'sasl.jaas.config',
  'sasl.oauthbearer.client.secret',
  'sasl.oauthbearer.config',
  'sasl.oauthbearer.token.endpoint.url.token',
  'sasl.login.callback.handler.credentials',
  'sasl.kerberos.keytab',
  'ssl.key.password',
  'ssl.key.pem',
  'ssl_key',
  'ssl.keystore.password',
  'ssl.keystore.key',
  'ssl.truststore.password',
  'ssl.engine.private.key',
  'basic.auth.user.info',
  'schema.registry.basic.auth.user.info',
  'bearer.auth.token',
  'bearer.auth.credentials.source.secret',
  'api.key',
  'api_secret',
];
/** Properties whose names look alike but hold no secret: shown as they are. */
const PLAIN_PROPERTIES = ['key.serializer', 'linger.ms', 'ssl.keystore.location', 'sasl.mechanism'];

const canary = (i: number) => `free-map-canary-${i}`;

describe('secrets in free maps (connection_properties.*, client_configs.*)', () => {
  const connectionProperties = Object.fromEntries([
    ...SECRET_PROPERTIES.map((p, i) => [p, canary(i)]),
    ...PLAIN_PROPERTIES.map((p) => [p, `plain-${p}`]),
  ]);
  const profiles = [
    { name: 'prod', connector: 'kafka', config: { bootstrap_servers: 'k:9092', connection_properties: connectionProperties } },
  ];
  const inline = SECRET_PROPERTIES.map((p, i) => `'client_configs.${p}' = '${canary(100 + i)}'`).join(', ');
  const sql = `CREATE TABLE a (id INT) WITH (connection_profile = 'prod', topic = 'a', format = 'json');\nCREATE TABLE b (id INT) WITH (connection_profile = 'prod', topic = 'b', format = 'json', ${inline});`;

  it('redacts every one in options, rewritten SQL and the printed result, and warns of each written inline', async () => {
    const result = await resolve(sql, { profiles });
    expect(result.errors).toEqual([]);
    const [a, b] = result.tables;
    for (const p of SECRET_PROPERTIES) expect(a.options[`connection_properties.${p}`], p).toBe('********');
    for (const p of PLAIN_PROPERTIES) expect(a.options[`connection_properties.${p}`], p).toBe(`plain-${p}`);
    for (const p of SECRET_PROPERTIES) expect(b.options[`client_configs.${p}`], p).toBe('********');
    const warned = result.warnings.filter((w) => w.code === 'INLINE_SECRET').map((w) => w.message);
    for (const p of SECRET_PROPERTIES)
      expect(
        warned.some((m) => m.includes(`'client_configs.${p}'`)),
        p,
      ).toBe(true);
    const printed = JSON.stringify(redactResult(result));
    for (let i = 0; i < SECRET_PROPERTIES.length; i++) {
      expect(printed).not.toContain(canary(i));
      expect(printed).not.toContain(canary(100 + i));
    }
    expect(printed).toContain('plain-key.serializer');
    // Asked for, the real values are there.
    const shown = await resolve(sql, { profiles, showSecrets: true });
    expect(shown.tables[0].options['connection_properties.ssl.keystore.key']).toBe(canary(SECRET_PROPERTIES.indexOf('ssl.keystore.key')));
  });

  it('prints none of them from the CLI, as text or JSON', async () => {
    const dir = tempDir('ddl-free-map-');
    writeFileSync(join(dir, 'profiles.json'), JSON.stringify(profiles));
    writeFileSync(join(dir, 'script.sql'), sql);
    for (const format of [[], ['--json']]) {
      const run = await runCli(['resolve', 'script.sql', '--profiles', 'profiles.json', ...format], { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('INLINE_SECRET');
      for (let i = 0; i < SECRET_PROPERTIES.length; i++)
        expect(run.stdout + run.stderr).not.toMatch(new RegExp(`${canary(i)}\\b|${canary(100 + i)}`));
    }
  });
});
