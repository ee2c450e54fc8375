import { z } from 'zod';
import { createRegistry, defineConnector, field, secret, type ProfileDefinition } from '../../src/index.js';

/** A secret no message may ever print: the profile's password. */
export const PASSWORD = 'pa$$word-canary-4711';

/** A Kafka profile with SASL credentials, the password a plain value. */
export const kafka: ProfileDefinition = {
  name: 'production-kafka',
  connector: 'kafka',
  config: {
    bootstrap_servers: 'kafka-broker:9092',
    authentication: { sasl_mechanism: 'PLAIN', username: 'svc-orders', password: PASSWORD },
  },
};

/** One table on the Kafka profile, its options one per line (line 1 is the CREATE). */
export const ORDERS = [
  'CREATE TABLE orders (id BIGINT) WITH (',
  "  connection_profile = 'production-kafka',",
  "  topic = 'orders',",
  "  format = 'json'",
  ');',
].join('\n');

/** A connector of the test's own, registered nowhere but in {@link customRegistry}: its `token` is secret. */
export function customRegistry() {
  const registry = createRegistry();
  registry.register(
    defineConnector({
      name: 'vault_sink',
      description: 'a sink of our own',
      profile: z.strictObject({ endpoint: field(z.url(), { endpoint: true }), token: secret(z.string()) }),
      table: z.strictObject({ path: z.string().startsWith('/') }),
    }),
  );
  return registry;
}

/** A profile of the custom connector, its token a secret. */
export const VAULT_TOKEN = 'vault-token-canary-0815';
export const vault: ProfileDefinition = {
  name: 'vault',
  connector: 'vault_sink',
  config: { endpoint: 'https://vault.example/in', token: VAULT_TOKEN },
};
