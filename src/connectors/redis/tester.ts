import type { Cluster, Redis, RedisOptions } from 'ioredis';
import {
  causeChain,
  hintFor,
  probeTcp,
  probeTls,
  resolveHosts,
  TestFailure,
  type ConnectorTester,
  type Endpoint,
} from '../../testing/index.js';
import type { RedisProfileConfig } from './profile-schema.js';
import type { RedisTableConfig } from './table-schema.js';

interface Node extends Endpoint {
  tls: boolean;
  database?: number;
}

function nodeOf(address: string): Node {
  const url = new URL(address.includes('://') ? address : `redis://${address}`);
  const database = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || 6379),
    tls: url.protocol === 'rediss:',
    ...(database !== undefined ? { database } : {}),
  };
}

/**
 * What a failure says about the peer, where the client's own words would mislead or
 * would quote what another service sent: bytes that are not RESP (ioredis quotes them)
 * and error replies that do not start with a Redis error code are `protocol`, said
 * without them; a cluster profile meeting a standalone server says so.
 */
function peerFailure(error: unknown, nodes: readonly Node[]): TestFailure | undefined {
  const where = nodes.map((n) => `${n.host}:${n.port}`).join(', ');
  for (const e of causeChain(error)) {
    const message = e.message ?? '';
    if (/cluster support disabled/i.test(message)) {
      return new TestFailure(
        'protocol',
        `the server at ${where} is a standalone Redis (cluster support disabled), and this profile names a cluster`,
        'use address for a standalone server, or point cluster.addresses at the nodes of a cluster',
      );
    }
    const notResp = /Unknown RESP type|Protocol error|Parser error/i.test(message);
    const foreignReply = e.name === 'ReplyError' && !/^[A-Z][A-Z_-]+ /.test(message);
    if (notResp || foreignReply) {
      return new TestFailure(
        'protocol',
        `the server at ${where} did not answer in the Redis protocol (RESP)`,
        'check that the port belongs to a Redis server; what another service sent is not shown',
      );
    }
  }
  return undefined;
}

/** Runs `connect()` and rejects with the real cause, which ioredis only reports on its `error` event. */
async function connectWithCause(client: Redis | Cluster, nodes: readonly Node[]): Promise<void> {
  let cause: unknown;
  const onError = (error: unknown) => (cause ??= error);
  client.on('error', onError);
  client.on('node error', onError);
  try {
    await client.connect();
  } catch (error) {
    const real = cause ?? error;
    throw peerFailure(real, nodes) ?? real;
  }
}

/**
 * Tests a Redis profile against the live server or cluster with ioredis: `dns`,
 * `connect`, `tls` for `rediss://`, `authenticate` (AUTH with username and password),
 * `ping`, `info` (the server version) and, for a cluster, `cluster` (`CLUSTER INFO`
 * must say `cluster_state:ok`). Reconnects are off and the client is always
 * disconnected, so nothing keeps running after the verdict.
 *
 * @example
 * ```ts
 * await runConnectorTest('redis', redisTester, { profile: { address: 'redis://127.0.0.1:6379' }, secrets: [] });
 * ```
 */
export const redisTester: ConnectorTester<RedisProfileConfig, RedisTableConfig> = async ({ profile }, context) => {
  const nodes = profile.cluster ? profile.cluster.addresses.map(nodeOf) : [nodeOf(profile.address ?? '')];
  await context.targets(nodes);
  await context.step('dns', async () => {
    const addresses = await resolveHosts(nodes.map((n) => n.host));
    return { message: `resolved ${nodes.length} address(es) to ${addresses.join(', ')}`, value: undefined };
  });
  await context.step('connect', async (signal) => {
    for (const node of nodes) await probeTcp(node, signal);
    return {
      message: `TCP connection${nodes.length > 1 ? 's' : ''} to ${nodes.map((n) => `${n.host}:${n.port}`).join(', ')} accepted`,
      value: undefined,
    };
  });
  const tls = nodes.some((n) => n.tls);
  if (tls) {
    await context.step('tls', async (signal) => {
      for (const node of nodes) await probeTls(node, {}, signal);
      return { message: 'TLS handshake completed', value: undefined };
    });
  }
  const options: RedisOptions = {
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: Math.max(100, context.remainingMs()),
    commandTimeout: Math.max(100, context.remainingMs()),
    ...(profile.username ? { username: profile.username } : {}),
    ...(profile.password !== undefined ? { password: profile.password } : {}),
    ...(tls ? { tls: {} } : {}),
  };
  const { Cluster: ClusterClient, Redis: RedisClient } = await import('ioredis');
  const client = profile.cluster
    ? new ClusterClient(
        nodes.map((n) => ({ host: n.host, port: n.port })),
        {
          lazyConnect: true,
          enableOfflineQueue: false,
          clusterRetryStrategy: () => null,
          slotsRefreshTimeout: Math.max(100, context.remainingMs()),
          redisOptions: options,
        },
      )
    : new RedisClient({ ...options, host: nodes[0].host, port: nodes[0].port, db: profile.database ?? nodes[0].database ?? 0 });
  context.defer(() => client.disconnect());
  await context.step('authenticate', async () => {
    await connectWithCause(client, nodes);
    return {
      message:
        profile.password !== undefined
          ? `authenticated${profile.username ? ` as '${profile.username}'` : ''}`
          : 'connected without authentication',
      value: undefined,
    };
  });
  await context.step('ping', async () => ({ message: `PING answered ${await client.ping()}`, value: undefined }));
  await context.step('info', async () => {
    const info = await client.info('server');
    const version = /redis_version:([^\r\n]+)/.exec(info)?.[1];
    if (!version) throw new TestFailure('protocol', 'INFO server did not report a redis_version', hintFor('protocol'));
    return { message: `Redis ${version}`, value: undefined };
  });
  if (client instanceof ClusterClient) {
    await context.step('cluster', async () => {
      const info = String(await client.cluster('INFO'));
      const state = /cluster_state:(\w+)/.exec(info)?.[1];
      if (state !== 'ok')
        throw new TestFailure(
          'protocol',
          `CLUSTER INFO says cluster_state:${state ?? 'unknown'}`,
          'a node or slot range is down: check every node of the cluster',
        );
      const known = /cluster_known_nodes:(\d+)/.exec(info)?.[1];
      return { message: `cluster_state:ok, ${known ?? '?'} known node(s)`, value: undefined };
    });
  }
};
