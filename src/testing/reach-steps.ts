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
export interface Reach<O extends ConnectionOptions = ConnectionOptions> {
  endpoints: readonly Endpoint[];
  noun: string;
  /** TLS options, or how to get them (reading certificate files), inside the `tls` step. */
  tls?: O | (() => Promise<O>);
  tlsPreamble?: TlsPreamble;
}

/**
 * What {@link reachSteps} reached: the endpoint that accepted, and the TLS options the
 * handshake used (for the client to use the same).
 *
 * @example
 * ```ts
 * const { endpoint, tls }: Reached = await reachSteps(context, reach);
 * ```
 */
export interface Reached<O extends ConnectionOptions = ConnectionOptions> {
  endpoint: Endpoint;
  tls?: O;
}

/**
 * The first steps of every test that opens a TCP connection: the endpoints declared to
 * the test's targets (too many, or a host not allowed, is `config` with nothing sent),
 * `dns` (every host resolves), `connect` (every endpoint accepts, in order, stopping at
 * the first that does not) and, when `tls` is given, `tls` (a handshake with the first).
 * Returns the first endpoint and the TLS options, for the client to use.
 *
 * @example
 * ```ts
 * const { endpoint } = await reachSteps(context, { endpoints: [{ host: '127.0.0.1', port: 5552 }], noun: 'server' });
 * ```
 */
export async function reachSteps<O extends ConnectionOptions = ConnectionOptions>(
  context: TestContext,
  reach: Reach<O>,
): Promise<Reached<O>> {
  const { endpoints, noun } = reach;
  await context.targets(endpoints);
  await context.step('dns', async () => {
    const addresses = await resolveHosts(endpoints.map((e) => e.host));
    return { message: `resolved ${endpoints.length} ${noun} address(es) to ${addresses.join(', ')}`, value: undefined };
  });
  const reached = await context.step('connect', async (signal) => {
    const endpoint = await probeFirst(endpoints, signal);
    return {
      message:
        endpoints.length > 1
          ? `TCP connections to ${endpoints.length} ${noun}s accepted`
          : `TCP connection to ${endpoint.host}:${endpoint.port} accepted`,
      value: endpoint,
    };
  });
  const { tls } = reach;
  if (!tls) return { endpoint: reached };
  const options = await context.step('tls', async (signal) => {
    const resolved = typeof tls === 'function' ? await tls() : tls;
    await probeTls(reached, resolved, signal, reach.tlsPreamble);
    return { message: `TLS handshake with ${reached.host}:${reached.port} completed`, value: resolved };
  });
  return { endpoint: reached, tls: options };
}
