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

function settle(socket: Socket, event: 'connect' | 'secureConnect', signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      socket.destroy();
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once(event, () => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
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
 * Completes a TLS handshake and closes: proves the port speaks TLS with these settings.
 *
 * @example
 * ```ts
 * await probeTls({ host: 'kafka-1', port: 9093 }, { ca }, AbortSignal.timeout(1000));
 * ```
 */
export function probeTls(endpoint: Endpoint, options: ConnectionOptions, signal: AbortSignal): Promise<void> {
  const servername = isIP(endpoint.host) ? undefined : endpoint.host;
  return settle(connectTls({ host: endpoint.host, port: endpoint.port, ...(servername ? { servername } : {}), ...options }), 'secureConnect', signal);
}
