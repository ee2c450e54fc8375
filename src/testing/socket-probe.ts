import { lookup } from 'node:dns/promises';
import { connect as connectTcp, isIP, type Socket } from 'node:net';
import { connect as connectTls, type ConnectionOptions } from 'node:tls';

/**
 * A `host:port` endpoint.
 *
 * @example
 * ```ts
 * const broker: Endpoint = parseEndpoint('kafka-1:9092'); // { host: 'kafka-1', port: 9092 }
 * ```
 */
export interface Endpoint {
  host: string;
  port: number;
}

/**
 * Splits `host:port` (or `[v6]:port`) into an endpoint.
 *
 * @example
 * ```ts
 * parseEndpoint('kafka-1:9092'); // { host: 'kafka-1', port: 9092 }
 * ```
 */
export function parseEndpoint(text: string): Endpoint {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`'${text}' is not host:port`);
  return { host: match[1], port: Number(match[2]) };
}

/**
 * Resolves every host, returning the addresses found; a host that does not resolve
 * rejects with its DNS error (ENOTFOUND).
 *
 * @example
 * ```ts
 * await resolveHosts(['localhost']); // ['127.0.0.1']
 * ```
 */
export async function resolveHosts(hosts: readonly string[]): Promise<string[]> {
  const results = await Promise.all([...new Set(hosts)].map(async (host) => (await lookup(host)).address));
  return results;
}

function settle(socket: Socket, event: 'connect' | 'secureConnect', signal: AbortSignal, close = true): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      socket.destroy();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once(event, () => {
      signal.removeEventListener('abort', onAbort);
      if (close) socket.destroy();
      resolve();
    });
    socket.once('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      reject(error);
    });
  });
}

/**
 * Opens and closes a TCP connection: proves the port accepts connections.
 *
 * @example
 * ```ts
 * await probeTcp({ host: '127.0.0.1', port: 9092 }, AbortSignal.timeout(1000));
 * ```
 */
export function probeTcp(endpoint: Endpoint, signal: AbortSignal): Promise<void> {
  return settle(connectTcp({ host: endpoint.host, port: endpoint.port }), 'connect', signal);
}

/**
 * Connects to each endpoint in turn and stops at the first that fails, rejecting with
 * its error; when all accept, returns the first. A test is asked for a verdict, so a
 * list of hosts is never walked until one answers: that would make a test a port
 * scanner (the hosts are capped by the test's targets as well).
 *
 * @example
 * ```ts
 * const first = await probeFirst([parseEndpoint('nats-1:4222'), parseEndpoint('nats-2:4222')], signal);
 * ```
 */
export async function probeFirst(endpoints: readonly Endpoint[], signal: AbortSignal): Promise<Endpoint> {
  for (const endpoint of endpoints) await probeTcp(endpoint, signal);
  if (endpoints.length === 0) throw new Error('no endpoint to connect to');
  return endpoints[0];
}

/**
 * What a protocol says in plain text before it starts TLS on the same connection
 * (NATS sends its INFO line first): it reads from the TCP socket and resolves when the
 * handshake may begin.
 *
 * @example
 * ```ts
 * const afterInfo: TlsPreamble = (socket) => new Promise((resolve) => socket.once('data', () => resolve()));
 * ```
 */
export type TlsPreamble = (socket: Socket) => Promise<void>;

/**
 * Completes a TLS handshake and closes: proves the port speaks TLS with these settings.
 * With a `preamble`, the handshake starts on the TCP connection once the preamble has
 * read what the protocol sends in plain text first.
 *
 * @example
 * ```ts
 * await probeTls({ host: 'kafka-1', port: 9093 }, { ca }, AbortSignal.timeout(1000));
 * ```
 */
export async function probeTls(endpoint: Endpoint, options: ConnectionOptions, signal: AbortSignal, preamble?: TlsPreamble): Promise<void> {
  const servername = isIP(endpoint.host) ? undefined : endpoint.host;
  let socket: Socket | undefined;
  if (preamble) {
    socket = connectTcp({ host: endpoint.host, port: endpoint.port });
    const plain = socket;
    plain.on('error', () => undefined);
    const ready = preamble(plain);
    ready.catch(() => undefined);
    await settle(plain, 'connect', signal, false);
    await raceAbort(ready, signal, () => plain.destroy());
  }
  return settle(
    connectTls({
      ...(socket ? { socket } : { host: endpoint.host, port: endpoint.port }),
      ...(servername ? { servername } : {}),
      ...options,
    }),
    'secureConnect',
    signal,
  );
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal, onAbort: () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', abort), resolve(value)),
      (error) => (signal.removeEventListener('abort', abort), onAbort(), reject(error)),
    );
  });
}
