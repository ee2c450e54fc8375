import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The kernel's ephemeral port range: the ports it hands to outgoing connections and to
 * `listen(0)`. A port drawn from inside it can be taken by any connection between our
 * check and a server's bind, so test servers take theirs from outside it.
 */
export function ephemeralRange() {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low > 0 && high >= low) return { low, high };
  } catch {
    // Not Linux: IANA's suggested range, what macOS and Windows use.
  }
  return { low: 49152, high: 65535 };
}

/** The lowest port handed out: clear of the well-known and most registered services' ports. */
const FLOOR = 10_000;

/** Every port this process has handed out: never handed out twice. */
const handedOut = new Set();

/** A random port outside the ephemeral range, not handed out before by this process. */
function candidate() {
  const { low, high } = ephemeralRange();
  const below = Math.max(0, low - FLOOR);
  const above = Math.max(0, 65_535 - high);
  if (below + above === 0) throw new Error(`no port outside the ephemeral range ${low}-${high} to hand out`);
  for (;;) {
    const pick = Math.floor(Math.random() * (below + above));
    const port = pick < below ? FLOOR + pick : high + 1 + (pick - below);
    if (!handedOut.has(port)) return port;
  }
}

/** True when nothing listens on 127.0.0.1:port right now (we could bind it). */
function bindable(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, drawn at random from
 * outside the ephemeral range, so no outgoing connection or `listen(0)` can take it
 * before the server it is meant for binds. Another test server can still, rarely,
 * draw the same one: start servers through {@link withFreePorts}, which retries.
 *
 * @example
 * const port = await freePort(); // e.g. 23817 when the ephemeral range is 32768-60999
 */
export async function freePort() {
  for (;;) {
    const port = candidate();
    handedOut.add(port);
    if (await bindable(port)) return port;
  }
}

/** `count` distinct free ports, as {@link freePort} draws them. */
export async function freePorts(count) {
  const ports = [];
  for (let i = 0; i < count; i++) ports.push(await freePort());
  return ports;
}

/** True when an error says a port was already taken when a server tried to bind it. */
export function isAddressInUse(error) {
  return /EADDRINUSE|address already in use|could not bind|failed to bind/i.test(String(error?.message ?? error));
}

/**
 * Starts a server on `count` fresh ports, and starts it again on new ones when its bind
 * fails because someone took a port first (up to `attempts` times). Any other failure
 * is thrown at once. `start(ports)` must stop whatever it started before it throws.
 *
 * @example
 * const redis = await withFreePorts('redis-server', 1, ([port]) => launchRedis(port));
 */
export async function withFreePorts(name, count, start, { attempts = 5 } = {}) {
  let last;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await start(await freePorts(count));
    } catch (error) {
      if (!isAddressInUse(error)) throw error;
      last = error;
    }
  }
  throw new Error(`${name} found its ports taken in ${attempts} attempts; last: ${last?.message ?? last}`);
}
