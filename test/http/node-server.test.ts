import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalog, type Catalog } from '../../src/index.js';
import { createHandler, createNodeServer, TokenAuth, type NodeServerOptions } from '../../src/http/index.js';
import { startSilentServer, type SilentServer } from '../support/silent-server.mjs';

const TOKEN = 'node-token-0001';
let catalog: Catalog;
let silent: SilentServer;

beforeAll(async () => {
  [catalog, silent] = await Promise.all([openCatalog(), startSilentServer()]);
}, 60_000);

afterAll(async () => {
  await catalog?.close();
  await silent?.close();
});

async function listening(options: NodeServerOptions): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const server = createNodeServer(createHandler({ catalog, auth: new TokenAuth({ [TOKEN]: 'acme' }), maxConcurrentTests: 10 }), options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { server, port, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

function open(port: number): Promise<Socket & { ended: Promise<string> }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1') as Socket & { ended: Promise<string> };
    let text = '';
    socket.on('data', (d) => (text += d));
    socket.on('error', () => undefined);
    socket.ended = new Promise((done) => socket.on('close', () => done(text)));
    socket.on('connect', () => resolve(socket));
  });
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a server one client cannot exhaust', () => {
  it('caps connections, shedding the one idle the longest to let a new client in', async () => {
    const api = await listening({ maxConnections: 5 });
    try {
      const idle: Array<Socket & { ended: Promise<string> }> = [];
      for (let i = 0; i < 5; i++) {
        idle.push(await open(api.port));
        await settle(20);
      }
      const response = await fetch(`http://127.0.0.1:${api.port}/v1/health`);
      expect(response.status).toBe(200);
      const first = await Promise.race([idle[0].ended.then(() => 'closed'), settle(2_000).then(() => 'open')]);
      expect(first).toBe('closed');
      expect(idle.slice(1).every((s) => !s.destroyed)).toBe(true);
      for (const s of idle) s.destroy();
    } finally {
      await api.close();
    }
  });

  it('answers 503 to a new connection when every connection has a request in flight', async () => {
    const api = await listening({ maxConnections: 2 });
    try {
      const slow = () =>
        fetch(`http://127.0.0.1:${api.port}/v1/connection_profiles/test?deadline_ms=1500`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ connector: 'redis', config: { address: `redis://127.0.0.1:${silent.port}` } }),
        });
      let arrived = 0;
      const bothArrived = new Promise<void>((resolve) => api.server.on('request', () => ++arrived === 2 && resolve()));
      const busy = [slow(), slow()];
      await bothArrived;
      const extra = await open(api.port);
      extra.write('GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(await extra.ended).toMatch(/^HTTP\/1\.1 503 [\s\S]*"code":"TOO_MANY_CONNECTIONS"/);
      expect((await Promise.all(busy)).map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await api.close();
    }
  });

  it('cuts off a client that sends its headers too slowly (slowloris), and one that never sends its body', async () => {
    const api = await listening({ headersTimeoutMs: 400, requestTimeoutMs: 800 });
    try {
      const started = performance.now();
      const loris = await open(api.port);
      loris.write('GET /v1/health HTTP/1.1\r\nHost: x\r\n');
      const drip = setInterval(() => loris.write('X-Drip: 1\r\n'), 100);
      const answer = await loris.ended;
      clearInterval(drip);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(performance.now() - started).toBeLessThan(2_500);

      const stalled = await open(api.port);
      stalled.write(
        `POST /v1/resolve HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"sql":`,
      );
      const cut = await Promise.race([stalled.ended.then(() => 'closed'), settle(4_000).then(() => 'open')]);
      expect(cut).toBe('closed');
      expect((await fetch(`http://127.0.0.1:${api.port}/v1/health`)).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it('lets a live test run past the request timeout: the timeout bounds receiving the request only', async () => {
    const api = await listening({ headersTimeoutMs: 300, requestTimeoutMs: 500 });
    try {
      const response = await fetch(`http://127.0.0.1:${api.port}/v1/connection_profiles/test?deadline_ms=1500`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ connector: 'redis', config: { address: `redis://127.0.0.1:${silent.port}` } }),
      });
      expect(response.status).toBe(200);
      expect((await response.json()).error.code).toBe('timeout');
    } finally {
      await api.close();
    }
  });
});
