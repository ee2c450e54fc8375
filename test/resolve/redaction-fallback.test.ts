import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { viewOf } from '../../src/catalog/profile-view.js';
import { createRegistry, defineConnector, field, REDACTED, redactResult, resolve, secret, type StoredProfile } from '../../src/index.js';

// A planner's own connector, which the default registry (the CLI's, redactResult's default) does not know.
const warehouse = defineConnector({
  name: 'warehouse',
  description: 'a custom sink',
  profile: z.strictObject({ endpoint: field(z.url(), { endpoint: true }), token: secret(z.string()), dsn: z.string() }),
  table: z.strictObject({ path: z.string(), retries: z.number().optional() }),
});
const config = { endpoint: 'https://warehouse.example/in', token: 'tok-secret-123', dsn: 'warehouse://app:dsn-pass-456@w' };

describe('redacting the config of a connector the registry does not know', () => {
  it('hides every value of a resolved table, the same way a stored profile is hidden', async () => {
    const registry = createRegistry();
    registry.register(warehouse);
    const result = await resolve("CREATE TABLE w (a INT) WITH (connection_profile = 'wh', path = '/orders');", {
      profiles: [{ name: 'wh', connector: 'warehouse', config }],
      registry,
    });
    expect(result.errors).toEqual([]);

    // Its own registry knows the secret field: only it is hidden.
    expect(redactResult(result, registry).tables[0].config).toEqual({ ...config, token: REDACTED, path: '/orders' });

    // Without it nothing says which field is secret (the DSN's password is not in a secret field): all is hidden.
    const unknown = redactResult(result).tables[0].config;
    expect(unknown).toEqual({ endpoint: REDACTED, token: REDACTED, dsn: REDACTED, path: REDACTED });
    // options and sql are redacted when resolving, by the resolving registry: the token only (dsn is not a secret field).
    expect(JSON.stringify(redactResult(result))).not.toContain('tok-secret-123');

    const stored: StoredProfile = {
      id: '00000000-0000-4000-8000-000000000000',
      tenant: 'default',
      name: 'wh',
      connector: 'warehouse',
      config: { ...config, nested: { deep: 'x' } },
      overridable: [],
      description: null,
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(viewOf(createRegistry(), stored, false).config).toEqual({
      endpoint: REDACTED,
      token: REDACTED,
      dsn: REDACTED,
      nested: { deep: REDACTED },
    });
    expect(viewOf(registry, stored, false).config.token).toBe(REDACTED);
    expect(viewOf(registry, stored, false).config.dsn).toBe(config.dsn);
  });
});
