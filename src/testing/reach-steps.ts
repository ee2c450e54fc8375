import type { ConnectionOptions } from 'node:tls';
import { probeFirst, probeTls, resolveHosts, type Endpoint, type TlsPreamble } from './socket-probe.js';
import type { TestContext } from './test-context.js';

/**
 * How {@link reachSteps} reaches a system: its endpoints in order, what to call them in
 * messages (`broker`, `server`), and TLS options when the connection is TLS, with a
 * preamble for protocols that start TLS after a plain-text greeting.
 *
 * @example
 * ```ts
 * const reach: Reach = { endpoints: [{ host: 'mqtt', port: 8883 }], noun: 'broker', tls: { ca } };
 * ```
 */
export interface Reach {
  endpoints: readonly Endpoint[];
  noun: string;
  tls?: ConnectionOptions;
  tlsPreamble?: TlsPreamble;
}

/**
 * The first steps of every test that opens a TCP connection: `dns` (every host
 * resolves), `connect` (the first endpoint that accepts) and, when `tls` is given, `tls`
 * (a handshake with that endpoint). Returns the endpoint reached, for the client to use.
 *
 * @example
 * ```ts
 * const reached = await reachSteps(context, { endpoints: [{ host: '127.0.0.1', port: 5552 }], noun: 'server' });
 * ```
 */
export async function reachSteps(context: TestContext, reach: Reach): Promise<Endpoint> {
  const { endpoints, noun } = reach;
  await context.step('dns', async () => {
    const addresses = await resolveHosts(endpoints.map((e) => e.host));
    return { message: `resolved ${endpoints.length} ${noun} address(es) to ${addresses.join(', ')}`, value: undefined };
  });
  const reached = await context.step('connect', async (signal) => {
    const endpoint = await probeFirst(endpoints, signal);
    return { message: `TCP connection to ${endpoint.host}:${endpoint.port} accepted`, value: endpoint };
  });
  const { tls } = reach;
  if (tls) {
    await context.step('tls', async (signal) => {
      await probeTls(reached, tls, signal, reach.tlsPreamble);
      return { message: `TLS handshake with ${reached.host}:${reached.port} completed`, value: undefined };
    });
  }
  return reached;
}
