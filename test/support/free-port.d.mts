/** The kernel's ephemeral port range (Linux: /proc/sys/net/ipv4/ip_local_port_range). */
export function ephemeralRange(): { low: number; high: number };

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, drawn from outside the
 * ephemeral range and never handed out twice by one process.
 */
export function freePort(): Promise<number>;

/** `count` distinct free ports. */
export function freePorts(count: number): Promise<number[]>;

/** True when an error says a port was already taken when a server tried to bind it. */
export function isAddressInUse(error: unknown): boolean;

/**
 * Starts a server on `count` fresh ports, again on new ones when its bind fails
 * (up to `attempts` times); other failures are thrown at once.
 */
export function withFreePorts<T>(
  name: string,
  count: number,
  start: (ports: number[]) => Promise<T>,
  options?: { attempts?: number },
): Promise<T>;
