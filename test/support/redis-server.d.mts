/** A Redis server started for a test run. */
export interface RedisServer {
  port: number;
  url: string;
  /** The TLS port and its `rediss://` URL, when started with `tls`. */
  tlsPort?: number;
  tlsUrl?: string;
  stop(): Promise<void>;
}

/** A Redis cluster started for a test run. */
export interface RedisCluster {
  nodes: RedisServer[];
  stop(): Promise<void>;
}

/** Starts Debian's redis-server on free loopback ports, retrying on new ones if a port was taken. */
export function startRedis(options?: {
  password?: string;
  aclUsers?: Array<{ name: string; password: string }>;
  tls?: { certFile: string; keyFile: string; caFile: string };
}): Promise<RedisServer>;

/** Starts a Redis cluster of `size` masters and waits for cluster_state:ok; a failed start stops what it started. */
export function startRedisCluster(size?: number): Promise<RedisCluster>;
