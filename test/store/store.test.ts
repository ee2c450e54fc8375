import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { DdlProfilesError } from '../../src/errors/index.js';
import { LOCK_FILE } from '../../src/store/directory-lock.js';
import { openStore } from '../../src/store/index.js';
import { storeBackends, tempDir } from '../support/store-backends.js';
import { closedAfterEach } from '../support/closed-after-each.js';

const kafka = (name: string) => ({ name, connector: 'kafka', config: { bootstrap_servers: 'k:9092' } });
const codeOf = (error: unknown) => (error instanceof DdlProfilesError ? error.code : `not a library error: ${String(error)}`);

describe.each(storeBackends())('store on $name', (backend) => {
  const openFresh = closedAfterEach(async () => openStore(await backend.options()));
  const dirs: string[] = [];
  /** A PGlite directory path in a temporary folder, removed after the test. */
  const storePath = () => {
    const dir = tempDir('ddl-store-');
    dirs.push(dir);
    return join(dir, 'db');
  };
  afterEach(async () => {
    while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
  });

  it('runs its migrations once, however often it is opened', async () => {
    const options = backend.name === 'pglite' ? { path: storePath() } : await backend.options();
    const first = await openStore(options);
    await first.profiles.create('default', kafka('kept'));
    await first.close();
    const second = await openStore(options);
    try {
      expect((await second.profiles.list('default')).items.map((p) => p.name)).toEqual(['kept']);
      const migrations = await second.db
        .selectFrom('ddl_profiles_migration' as never)
        .select('name' as never)
        .orderBy('name' as never)
        .execute();
      expect(migrations).toEqual([
        { name: '2026-11-24-001-connection-profiles' },
        { name: '2026-12-02-001-profile-stamps' },
        { name: '2026-12-07-001-table-dialect' },
      ]);
    } finally {
      await second.close();
    }
  });

  it('gives the tables of a store from before table dialects the dialect they were written in, Arroyo', async () => {
    const options = backend.name === 'pglite' ? { path: storePath() } : await backend.options();
    const old = await openStore(options);
    await old.profiles.create('default', kafka('events'));
    // Back to the schema before the migration, with a table registered then.
    await old.db.schema.alterTable('connection_tables').dropColumn('dialect').execute();
    await old.db
      .deleteFrom('ddl_profiles_migration' as never)
      .where('name' as never, '=', '2026-12-07-001-table-dialect' as never)
      .execute();
    await sql`insert into connection_tables (tenant, name, connector, profile_id, config)
      select 'default', 'before', 'kafka', id, '{"topic":"b"}'::jsonb from connection_profiles`.execute(old.db);
    await old.close();
    const migrated = await openStore(options);
    try {
      expect((await migrated.tables.list('default')).items.map((t) => [t.name, t.dialect, t.config])).toEqual([
        ['before', 'arroyo', { topic: 'b' }],
      ]);
      const flink = await migrated.tables.register('default', {
        name: 'new',
        connector: 'kafka',
        dialect: 'flink',
        profile: 'events',
        config: {},
      });
      expect((await migrated.tables.get('default', flink.id))?.dialect).toBe('flink');
    } finally {
      await migrated.close();
    }
  });

  it('creates, reads, pages, updates and deletes profiles', async () => {
    const store = await openFresh();
    const created = await store.profiles.create('default', {
      ...kafka('b'),
      overridable: ['connection_properties.*'],
      description: 'second',
    });
    expect(created).toMatchObject({
      name: 'b',
      version: 1,
      overridable: ['connection_properties.*'],
      description: 'second',
      tenant: 'default',
    });
    expect(created.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    for (const name of ['a', 'c', 'd']) await store.profiles.create('default', kafka(name));
    expect(await store.profiles.get('default', created.id)).toEqual(created);
    expect(await store.profiles.get('default', 'b')).toEqual(created);
    const page = await store.profiles.list('default', { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.items.map((p) => p.name)).toEqual(['b', 'c']);
    const unreadable = await store.profiles.list('default', { limit: Number('abc'), offset: Number('x') });
    expect(unreadable.items.map((p) => p.name)).toEqual(['a', 'b', 'c', 'd']);
    const updated = await store.profiles.update('default', 'b', { config: { bootstrap_servers: 'k2:9092' } }, 1);
    expect(updated).toMatchObject({ version: 2, config: { bootstrap_servers: 'k2:9092' }, description: 'second' });
    await store.profiles.delete('default', 'b');
    expect(await store.profiles.get('default', 'b')).toBeUndefined();
    await expect(store.profiles.delete('default', 'b')).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
  });

  it('refuses a duplicate name, naming it', async () => {
    const store = await openFresh();
    await store.profiles.create('default', kafka('production-kafka'));
    const error = await store.profiles.create('default', kafka('production-kafka')).catch((e) => e);
    expect(error).toMatchObject({ code: 'PROFILE_EXISTS' });
    expect(error.message).toContain("'production-kafka'");
  });

  it('lets exactly one of 20 concurrent creates of one name win', async () => {
    const store = await openFresh();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => store.profiles.create('default', kafka('contended'))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => codeOf((r as PromiseRejectedResult).reason))).toEqual(
      Array(19).fill('PROFILE_EXISTS'),
    );
  });

  it('lets exactly one of concurrent updates at one version win', async () => {
    const store = await openFresh();
    await store.profiles.create('default', kafka('p'));
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => store.profiles.update('default', 'p', { config: { bootstrap_servers: `k${i}:9092` } }, 1)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => codeOf((r as PromiseRejectedResult).reason))).toEqual(
      Array(7).fill('VERSION_CONFLICT'),
    );
    expect((await store.profiles.get('default', 'p'))?.version).toBe(2);
  });

  it('refuses to delete a profile that tables use, naming them', async () => {
    const store = await openFresh();
    await store.profiles.create('default', kafka('p'));
    await store.tables.register('default', { name: 'orders', connector: 'kafka', profile: 'p', config: { topic: 'orders' } });
    await store.tables.register('default', { name: 'clicks', connector: 'kafka', profile: 'p', config: { topic: 'clicks' } });
    const error = await store.profiles.delete('default', 'p').catch((e) => e);
    expect(error).toMatchObject({ code: 'PROFILE_IN_USE', details: { tables: ['clicks', 'orders'] } });
    expect(error.message).toContain("'clicks', 'orders'");
    await store.tables.drop('default', 'orders');
    await store.tables.drop('default', 'clicks');
    await store.profiles.delete('default', 'p');
  });

  it('never leaves a table pointing at a deleted profile when deletes race registrations', async () => {
    const store = await openFresh();
    for (let round = 0; round < 15; round++) {
      await store.profiles.create('default', kafka(`p${round}`));
      await Promise.allSettled([
        store.tables.register('default', { name: `t${round}`, connector: 'kafka', profile: `p${round}`, config: {} }),
        store.profiles.delete('default', `p${round}`),
      ]);
    }
    const orphans = await store.db
      .selectFrom('connection_tables as t')
      .leftJoin('connection_profiles as p', 'p.id', 't.profile_id')
      .select('t.name')
      .where('t.profile_id', 'is not', null)
      .where('p.id', 'is', null)
      .execute();
    expect(orphans).toEqual([]);
    const tables = await store.tables.list('default', { limit: 500 });
    for (const table of tables.items) expect(await store.profiles.get('default', table.profileName!)).toBeDefined();
  });

  it('rolls back an update its dependents check refuses', async () => {
    const store = await openFresh();
    await store.profiles.create('default', kafka('p'));
    await store.tables.register('default', { name: 'orders', connector: 'kafka', profile: 'p', config: {} });
    const seen: string[] = [];
    const error = await store.profiles
      .update('default', 'p', { config: { bootstrap_servers: 'other:9092' } }, 1, (tables, next) => {
        seen.push(...tables.map((t) => t.name), String(next.config.bootstrap_servers));
        return ['orders'];
      })
      .catch((e) => e);
    expect(seen).toEqual(['orders', 'other:9092']);
    expect(error).toMatchObject({ code: 'TABLE_INVALID', details: { tables: ['orders'] } });
    expect(await store.profiles.get('default', 'p')).toMatchObject({ version: 1, config: { bootstrap_servers: 'k:9092' } });
  });

  it('registers many tables all or nothing', async () => {
    const store = await openFresh();
    await store.profiles.create('default', kafka('p'));
    const error = await store.tables
      .registerMany('default', [
        { name: 'one', connector: 'kafka', profile: 'p', config: {} },
        { name: 'two', connector: 'kafka', profile: 'missing', config: {} },
      ])
      .catch((e) => e);
    expect(error).toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    expect((await store.tables.list('default')).total).toBe(0);
    await store.tables.registerMany('default', [
      { name: 'one', connector: 'kafka', profile: 'p', config: { topic: 'one' } },
      { name: 'two', connector: 'kafka', profile: null, config: { topic: 'two' } },
    ]);
    expect((await store.tables.list('default')).items.map((t) => [t.name, t.profileName])).toEqual([
      ['one', 'p'],
      ['two', null],
    ]);
    await expect(store.tables.register('default', { name: 'one', connector: 'kafka', profile: null, config: {} })).rejects.toMatchObject({
      code: 'TABLE_EXISTS',
    });
  });

  it('keeps tenants apart', async () => {
    const store = await openFresh();
    await store.profiles.create('acme', kafka('shared-name'));
    await store.profiles.create('globex', { ...kafka('shared-name'), config: { bootstrap_servers: 'globex:9092' } });
    const acme = await store.profiles.get('acme', 'shared-name');
    expect(await store.profiles.get('globex', acme!.id)).toBeUndefined();
    expect((await store.profiles.fetchStamped('globex', ['shared-name'])).profiles[0].config).toEqual({ bootstrap_servers: 'globex:9092' });
    expect((await store.profiles.list('initech')).total).toBe(0);
    await expect(store.profiles.delete('initech', 'shared-name')).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' });
    await expect(store.tables.register('initech', { name: 't', connector: 'kafka', profile: acme!.id, config: {} })).rejects.toMatchObject({
      code: 'PROFILE_NOT_FOUND',
    });
  });

  if (backend.name === 'pglite') {
    it('keeps everything in a directory that is closed and opened again', async () => {
      const path = storePath();
      const first = await openStore({ path });
      await first.profiles.create('default', kafka('durable'));
      await first.tables.register('default', { name: 'orders', connector: 'kafka', profile: 'durable', config: { topic: 'orders' } });
      await first.close();
      const second = await openStore({ path });
      expect((await second.profiles.get('default', 'durable'))?.config).toEqual({ bootstrap_servers: 'k:9092' });
      expect((await second.tables.get('default', 'orders'))?.profileName).toBe('durable');
      await second.close();
    });

    it('serves a directory to one store at a time, so no write is lost to a second one', async () => {
      const path = storePath();
      const first = await openStore({ path });
      const refused = await openStore({ path }).catch((e) => e);
      expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(refused.message).toContain('is in use by another store in this process');
      await first.profiles.create('default', kafka('first'));
      await first.close();
      const second = await openStore({ path });
      expect((await second.profiles.list('default')).items.map((p) => p.name)).toEqual(['first']);
      await second.close();
    });

    it('takes over a lock left under its own pid, as a restarted container finds it after a crash', async () => {
      const path = storePath();
      mkdirSync(path, { recursive: true });
      writeFileSync(join(path, LOCK_FILE), `${process.pid}\n1\n`);
      const store = await openStore({ path });
      await store.profiles.create('default', kafka('after-restart'));
      expect(readFileSync(join(path, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
      await store.close();
      expect(existsSync(join(path, LOCK_FILE))).toBe(false);
    });

    it('takes over a lock whose pid now belongs to a later process, and respects the process that took it', async () => {
      const other = spawn('sleep', ['30'], { stdio: 'ignore' });
      try {
        const stat = readFileSync(`/proc/${other.pid}/stat`, 'utf8');
        const startedAt = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
        const path = storePath();
        mkdirSync(path, { recursive: true });
        writeFileSync(join(path, LOCK_FILE), `${other.pid}\n${startedAt}\n`);
        const refused = await openStore({ path }).catch((e) => e);
        expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
        expect(refused.message).toContain(`is in use by process ${other.pid}`);
        writeFileSync(join(path, LOCK_FILE), `${other.pid}\n${Number(startedAt) - 1}\n`);
        const taken = await openStore({ path });
        await taken.close();
      } finally {
        other.kill('SIGKILL');
      }
    });

    it('takes over a lock whose holder is a zombie: killed, not yet reaped by its parent', async () => {
      // `sleep 0.05` is the holder; its parent execs into `sleep 30`, which never reaps it.
      const parent = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
      try {
        const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d) => resolve(String(d).trim()))));
        const fields = () => {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        };
        const startedAt = fields()[19];
        const deadline = Date.now() + 5_000;
        while (fields()[0] !== 'Z' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        expect(fields()[0]).toBe('Z');
        const path = storePath();
        mkdirSync(path, { recursive: true });
        writeFileSync(join(path, LOCK_FILE), `${pid}\n${startedAt}\n`);
        const store = await openStore({ path });
        expect(readFileSync(join(path, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
        await store.close();
      } finally {
        parent.kill('SIGKILL');
      }
    });

    it('refuses a directory another process holds, and takes it over once that process is killed', async () => {
      const path = storePath();
      const storeModule = pathToFileURL(join(import.meta.dirname, '../../dist/store/index.js')).href;
      const holder = spawn(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `
        const { openStore } = await import(${JSON.stringify(storeModule)});
        const store = await openStore({ path: ${JSON.stringify(path)} });
        await store.profiles.create('default', { name: 'from-child', connector: 'kafka', config: { bootstrap_servers: 'k:9092' } });
        console.log('holding');
        setInterval(() => {}, 1000);
      `,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        await new Promise<void>((resolve, reject) => {
          holder.stdout.on('data', (d) => String(d).includes('holding') && resolve());
          holder.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
        });
        const refused = await openStore({ path }).catch((e) => e);
        expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
        expect(refused.message).toContain(`is in use by process ${holder.pid}`);
        const gone = new Promise((resolve) => holder.once('exit', resolve));
        holder.kill('SIGKILL');
        await gone;
        const taken = await openStore({ path });
        expect((await taken.profiles.list('default')).items.map((p) => p.name)).toEqual(['from-child']);
        await taken.close();
      } finally {
        holder.kill('SIGKILL');
      }
    });
  }

  if (backend.name === 'postgres') {
    it('reports STORE_UNAVAILABLE promptly while PostgreSQL is down, and works again after', async () => {
      const server = backend.server!();
      const store = await openFresh();
      await store.profiles.create('default', kafka('before'));
      await server.stop();
      try {
        const started = performance.now();
        const error = await store.profiles.list('default').catch((e) => e);
        expect(performance.now() - started).toBeLessThan(6_000);
        expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
        expect(error.message).toMatch(/ECONNREFUSED|terminat/);
        expect(error.message).not.toContain(server.password);
        await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      } finally {
        await server.start();
      }
      await expect(store.ping()).resolves.toBeUndefined();
      expect((await store.profiles.get('default', 'before'))?.name).toBe('before');
    });

    it('reports a wrong password in the URL as STORE_UNAVAILABLE, without the password', async () => {
      const server = backend.server!();
      const url = server.url.replace(server.password, 'not-the-password');
      const error = await openStore({ url }).catch((e) => e);
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(error.message).toContain('password authentication failed');
      expect(error.message).not.toContain('not-the-password');
    });

    it('never puts the URL password in an error', async () => {
      const server = backend.server!();
      const url = server.url.replace(/:\d+\//, ':1/');
      const error = await openStore({ url }).catch((e) => e);
      expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(error.message).toBe('the profile store is unavailable: connect ECONNREFUSED 127.0.0.1:1');
      expect(error.message).not.toContain(server.password);
    });

    it('refuses a URL that is not a postgres:// URL before connecting, without echoing it', async () => {
      for (const url of ['notaurl', 'mysql://app:hunter2@db:3306/profiles']) {
        const error = await openStore({ url }).catch((e) => e);
        expect(error).toMatchObject({
          code: 'INVALID_ARGUMENT',
          message: 'the database URL must look like postgres://user:password@host:5432/database',
        });
      }
    });
  }
});
