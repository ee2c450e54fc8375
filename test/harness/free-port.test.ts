import { createServer, connect, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ephemeralRange, freePort, freePorts, isAddressInUse, withFreePorts } from '../support/free-port.mjs';
import { startRedis } from '../support/redis-server.mjs';
import { startSilentServer } from '../support/silent-server.mjs';
import { startAll } from '../support/start-all.mjs';

const listen = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => (socket.destroy(), resolve(false)));
  });

describe('test server ports (issue 11 item 16)', () => {
  it('draws every port from outside the ephemeral range, never the same one twice', async () => {
    const { low, high } = ephemeralRange();
    expect(low).toBeGreaterThan(0);
    const ports = await freePorts(300);
    expect(new Set(ports).size).toBe(300);
    for (const port of ports) expect(port < low || port > high, `${port} is inside ${low}-${high}`).toBe(true);
  });

  it('hands out a port nothing listens on', async () => {
    const port = await freePort();
    expect(await accepts(port)).toBe(false);
    await close(await listen(port));
  });

  it('starts a server again on new ports when its bind finds a port taken', async () => {
    const squatter = await listen(await freePort());
    const taken = (squatter.address() as { port: number }).port;
    const tried: number[][] = [];
    try {
      const server = await withFreePorts('the test server', 1, async ([port]) => {
        tried.push([port]);
        // The first attempt meets a port someone else holds: a real EADDRINUSE.
        return listen(tried.length === 1 ? taken : port);
      });
      expect(tried).toHaveLength(2);
      expect((server.address() as { port: number }).port).toBe(tried[1][0]);
      await close(server);
    } finally {
      await close(squatter);
    }
  });

  it('gives up after its attempts, and throws other failures at once', async () => {
    const squatter = await listen(await freePort());
    const taken = (squatter.address() as { port: number }).port;
    try {
      let attempts = 0;
      await expect(withFreePorts('the test server', 1, () => (attempts++, listen(taken)), { attempts: 3 })).rejects.toThrow(
        /ports taken in 3 attempts/,
      );
      expect(attempts).toBe(3);
      attempts = 0;
      await expect(withFreePorts('the test server', 1, async () => (attempts++, Promise.reject(new Error('bad config'))))).rejects.toThrow(
        'bad config',
      );
      expect(attempts).toBe(1);
    } finally {
      await close(squatter);
    }
    expect(isAddressInUse(new Error('Socket server failed to bind to 127.0.0.1:45637: Address already in use'))).toBe(true);
  });

  it('recognises redis-server\u2019s own words for a port already taken, so its start is retried', async () => {
    const squatter = await listen(await freePort());
    const taken = (squatter.address() as { port: number }).port;
    try {
      const { execFile } = await import('node:child_process');
      const output = await new Promise<string>((resolve) =>
        execFile('redis-server', ['--port', String(taken), '--bind', '127.0.0.1', '--save', ''], (_error, stdout, stderr) =>
          resolve(stdout + stderr),
        ),
      );
      expect(isAddressInUse(new Error(output))).toBe(true);
    } finally {
      await close(squatter);
    }
  });

  it('stops the servers that started when another fails to start', async () => {
    let silentPort = 0;
    const silent = startSilentServer().then((s) => ((silentPort = s.port), s));
    await expect(startAll([silent, Promise.reject(new Error('broker failed'))])).rejects.toThrow('broker failed');
    expect(silentPort).toBeGreaterThan(0);
    expect(await accepts(silentPort)).toBe(false);
  });

  it('starts Redis on a drawn port and frees it on stop', async () => {
    const redis = await startRedis();
    try {
      expect(await accepts(redis.port)).toBe(true);
    } finally {
      await redis.stop();
    }
    expect(await accepts(redis.port)).toBe(false);
  });
});
