/** A Redis server started for a test run. */
export interface RedisServer {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** A Redis cluster started for a test run. */
export interface RedisCluster {
  nodes: RedisServer[];
  stop(): Promise<void>;
}

/** Starts Debian's redis-server on a free loopback port. */
export function startRedis(options?: { password?: string; aclUsers?: Array<{ name: string; password: string }> }): Promise<RedisServer>;

/** Starts a Redis cluster of `size` masters and waits for cluster_state:ok. */
export function startRedisCluster(size?: number): Promise<RedisCluster>;
