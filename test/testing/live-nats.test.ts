import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, testProfile } from '../../src/index.js';
import { draft, liveConnectorCases, verdictOf } from '../support/live-suite.js';
import { NATS_USERS, startNats, type NatsServers } from '../support/nats-server.mjs';
import { startSilentServer, type SilentServer } from '../support/silent-server.mjs';
import { startAll } from '../support/start-all.mjs';
import { makeCertificates, type TestCertificates } from '../support/tls-certificates.mjs';

let certificates: TestCertificates;
let nats: NatsServers;
let silent: SilentServer;
let admin: NatsConnection;

const alice = { username: 'alice', password: NATS_USERS.alice };

beforeAll(async () => {
  certificates = await makeCertificates();
  [nats, silent] = await startAll([startNats({ certificates }), startSilentServer()]);
  admin = await connect({ servers: nats.users.url, user: 'alice', pass: NATS_USERS.alice, reconnect: false });
  await (await jetstreamManager(admin)).streams.add({ name: 'ORDERS', subjects: ['orders.>'] });
}, 60_000);

afterAll(async () => {
  await admin?.close();
  await Promise.all([nats?.stop(), silent?.close()]);
  certificates?.remove();
});

describe('NATS, live', () => {
  liveConnectorCases(
    {
      connector: 'nats',
      at: (host, port) => ({ servers: `nats://${host}:${port}` }),
      working: () => ({ servers: nats.users.url, authentication: alice }),
      workingSteps: ['dns', 'connect', 'authenticate'],
      wrongPassword: () => ({ servers: nats.users.url, authentication: { username: 'alice', password: 'wrong-nats-canary' } }),
      wrongPasswordText: 'wrong-nats-canary',
      untrustedTls: () => ({ servers: `tls://127.0.0.1:${nats.tls.port}`, authentication: alice }),
    },
    () => silent,
  );

  it('passes with a user JWT and its NKey seed, and never shows either', async () => {
    const { jwt, seed } = nats.identities.user;
    const result = await testProfile(draft('nats', { servers: nats.jwt.url, authentication: { jwt, nkey_seed: seed } }));
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps[2].message).toBe('connected to jwt (NATS 2.9.10) with a user JWT and its NKey seed');
    expect(JSON.stringify(result)).not.toContain(seed);
  });

  it('gives auth for a JWT signed by an account the server does not know, and for a seed that is not the JWT\u2019s', async () => {
    const { stranger, user } = nats.identities;
    const unknown = await testProfile(
      draft('nats', { servers: nats.jwt.url, authentication: { jwt: stranger.jwt, nkey_seed: stranger.seed } }),
    );
    expect(verdictOf(unknown)).toEqual(['auth', 'authenticate']);
    expect(unknown.error?.message).toBe('Authorization Violation');
    const mismatched = await testProfile(
      draft('nats', { servers: nats.jwt.url, authentication: { jwt: user.jwt, nkey_seed: stranger.seed } }),
    );
    expect(verdictOf(mismatched)).toEqual(['auth', 'authenticate']);
    expect(JSON.stringify([unknown, mismatched])).not.toContain(stranger.seed);
  });

  it('gives tls at authenticate when a nats:// profile meets a server that requires TLS', async () => {
    const result = await testProfile(draft('nats', { servers: nats.tls.url, authentication: alice }));
    expect(verdictOf(result)).toEqual(['tls', 'authenticate']);
  });

  it('tries the listed servers in order and stops at the first that refuses, never walking on to one that answers (issue 11 item 13)', async () => {
    const result = await testProfile(draft('nats', { servers: `127.0.0.1:1,${nats.users.url}`, authentication: alice }));
    expect(verdictOf(result)).toEqual(['refused', 'connect']);
    expect(result.error?.message).toContain('127.0.0.1:1');
    const both = await testProfile(draft('nats', { servers: `${nats.users.url},${nats.users.url}`, authentication: alice }));
    expect(both.ok, JSON.stringify(both.error)).toBe(true);
    expect(both.steps[1].message).toBe('TCP connections to 2 servers accepted');
  });

  it('connects to the first of several listed servers', async () => {
    const result = await testProfile(draft('nats', { servers: `${nats.users.url},${nats.jwt.url}`, authentication: alice }));
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.steps.at(-1)?.message).toMatch(/^connected to users \(NATS /);
  });

  it('finds a table\u2019s JetStream stream, and reports a missing one without creating it', async () => {
    const catalog = await openCatalog();
    try {
      await catalog.profiles.create(draft('nats', { servers: nats.users.url, authentication: alice }) as never);
      await catalog.tables.register({ name: 'orders', profile: 'draft', options: { type: 'source', stream: 'ORDERS', format: 'json' } });
      await catalog.tables.register({ name: 'ghost', profile: 'draft', options: { type: 'source', stream: 'GHOST', format: 'json' } });
      const found = await catalog.tables.test('orders');
      expect(found.ok, JSON.stringify(found.error)).toBe(true);
      expect(found.steps.at(-1)).toMatchObject({
        name: 'stream',
        ok: true,
        message: "JetStream stream 'ORDERS' exists: subjects orders.>, 0 message(s)",
      });
      const missing = await catalog.tables.test('ghost');
      expect(verdictOf(missing)).toEqual(['not_found', 'stream']);
      expect(missing.error?.message).toBe("JetStream stream 'GHOST' does not exist");
      const names: string[] = [];
      for await (const name of (await jetstreamManager(admin)).streams.names()) names.push(name);
      expect(names).toEqual(['ORDERS']);
    } finally {
      await catalog.close();
    }
  });

  it('checks a core subject with a subscription the server accepts or refuses', async () => {
    const catalog = await openCatalog();
    try {
      await catalog.profiles.create(
        draft('nats', { servers: nats.users.url, authentication: { username: 'bob', password: NATS_USERS.bob } }) as never,
      );
      await catalog.tables.register({
        name: 'public',
        profile: 'draft',
        options: { type: 'source', subject: 'public.events', format: 'json' },
      });
      await catalog.tables.register({
        name: 'private',
        profile: 'draft',
        options: { type: 'source', subject: 'orders.created', format: 'json' },
      });
      const allowed = await catalog.tables.test('public');
      expect(allowed.ok, JSON.stringify(allowed.error)).toBe(true);
      expect(allowed.steps.at(-1)?.name).toBe('subject');
      const refused = await catalog.tables.test('private');
      expect(verdictOf(refused)).toEqual(['auth', 'subject']);
      expect(refused.error?.message).toBe('Permissions Violation for Subscription to "orders.created"');
    } finally {
      await catalog.close();
    }
  });
});
