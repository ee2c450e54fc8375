import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestHandler } from './create-handler.js';
import { toNodeListener, type NodeListenerOptions } from './node-listener.js';

/**
 * The limits of {@link createNodeServer}, each with an operator's flag on `serve`.
 *
 * - `maxConnections` (default 1,000): open connections at once. At the cap, a new
 *   connection sheds the one idle the longest; when none is idle, it gets `503` and is closed.
 * - `headersTimeoutMs` (default 10 s): the time a client has to send a request's headers.
 * - `requestTimeoutMs` (default 30 s): the time a client has to send a whole request.
 * - `keepAliveTimeoutMs` (default 5 s): how long an idle keep-alive connection stays open.
 *
 * @example
 * ```ts
 * const limits: NodeServerOptions = { maxConnections: 200, headersTimeoutMs: 5_000 };
 * ```
 */
export interface NodeServerOptions extends NodeListenerOptions {
  maxConnections?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
}

/**
 * The defaults of {@link NodeServerOptions}.
 *
 * @example
 * ```ts
 * createNodeServer(handler, { maxConnections: 2 * NODE_SERVER_DEFAULTS.maxConnections });
 * ```
 */
export const NODE_SERVER_DEFAULTS = Object.freeze({
  maxConnections: 1_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
});

const OVERLOADED_BODY = JSON.stringify({
  error: { code: 'TOO_MANY_CONNECTIONS', message: 'the server has too many open connections; try again shortly' },
});
const OVERLOADED = `HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: application/json\r\nRetry-After: 1\r\nContent-Length: ${Buffer.byteLength(OVERLOADED_BODY)}\r\n\r\n${OVERLOADED_BODY}`;

/** A connection's state: requests in flight, and since when it has been idle. */
interface Connection {
  inFlight: number;
  idleSince: number;
}

/**
 * A `node:http` server for a web-standard handler that one client cannot exhaust: its
 * connections are capped (the longest-idle one is shed first), and a client that sends
 * its headers or its request too slowly (slowloris) is cut off with 408. Call `listen`
 * on it as on any `node:http` server.
 *
 * @example
 * ```ts
 * const server = createNodeServer(createHandler({ catalog, auth }), { maxConnections: 500 });
 * server.listen(8000, '127.0.0.1');
 * ```
 */
export function createNodeServer(handler: RequestHandler, options: NodeServerOptions = {}): Server {
  const limits = { ...NODE_SERVER_DEFAULTS, ...definedOf(options) };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts on this interval (30 s by default, which would triple a short timeout).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    toNodeListener(handler, options),
  );
  const connections = new Map<Socket, Connection>();
  server.on('connection', (socket: Socket) => {
    if (connections.size >= limits.maxConnections) {
      let idlest: [Socket, Connection] | undefined;
      for (const entry of connections) if (entry[1].inFlight === 0 && (!idlest || entry[1].idleSince < idlest[1].idleSince)) idlest = entry;
      if (!idlest) {
        socket.end(OVERLOADED);
        return;
      }
      connections.delete(idlest[0]);
      idlest[0].destroy();
    }
    connections.set(socket, { inFlight: 0, idleSince: performance.now() });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (req, res) => {
    const connection = connections.get(req.socket);
    if (!connection) return;
    connection.inFlight++;
    res.once('close', () => {
      connection.inFlight--;
      connection.idleSince = performance.now();
    });
  });
  return server;
}

function definedOf(options: NodeServerOptions): Partial<typeof NODE_SERVER_DEFAULTS> {
  const { maxConnections, headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = options;
  return Object.fromEntries(
    Object.entries({ maxConnections, headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs }).filter(([, v]) => v !== undefined),
  );
}
