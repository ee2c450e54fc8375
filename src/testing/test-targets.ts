import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { Endpoint } from './socket-probe.js';

/**
 * Which hosts a live test may reach. `allow` lists CIDRs (`10.0.0.0/8`, `fd00::/8`),
 * addresses (`127.0.0.1`) and host patterns (`kafka-*.internal`, `*.example.com`; `*`
 * stands for any run of letters, digits, dots and dashes); without it, any host. A
 * name that no pattern allows is allowed when every address it resolves to is in an
 * allowed CIDR. `maxHosts` caps the endpoints one test reaches (default
 * {@link DEFAULT_MAX_TEST_HOSTS}).
 *
 * @example
 * ```ts
 * const targets: TestTargets = { allow: ['10.0.0.0/8', '*.kafka.internal'], maxHosts: 8 };
 * await testProfile(draft, { targets });
 * ```
 */
export interface TestTargets {
  allow?: readonly string[];
  maxHosts?: number;
}

/**
 * The most endpoints one test reaches unless told otherwise: enough for any real
 * cluster's bootstrap list, too few to scan a network with.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_TEST_HOSTS; // 16
 * ```
 */
export const DEFAULT_MAX_TEST_HOSTS = 16;

interface AllowList {
  cidrs: BlockList;
  hasCidrs: boolean;
  patterns: RegExp[];
}

function ipFamily(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/** Why one `allow` entry cannot be read, or undefined when it can. */
function entryProblem(entry: string): string | undefined {
  if (entry.includes('/')) {
    const [address, bits, ...rest] = entry.split('/');
    const max = isIP(address) === 6 ? 128 : 32;
    if (rest.length > 0 || isIP(address) === 0 || !/^\d{1,3}$/.test(bits) || Number(bits) > max)
      return `'${entry}' is not a CIDR (address/prefix, prefix 0-${max})`;
    return undefined;
  }
  if (isIP(entry) !== 0) return undefined;
  if (!/^[A-Za-z0-9*.-]+$/.test(entry) || entry.replaceAll('*', '') === '')
    return `'${entry}' is neither a CIDR, an address nor a host pattern (letters, digits, '.', '-' and '*')`;
  return undefined;
}

function compile(allow: readonly string[]): AllowList {
  const list: AllowList = { cidrs: new BlockList(), hasCidrs: false, patterns: [] };
  for (const entry of allow) {
    if (entry.includes('/')) {
      const [address, bits] = entry.split('/');
      list.cidrs.addSubnet(address, Number(bits), ipFamily(address));
      list.hasCidrs = true;
    } else if (isIP(entry) !== 0) {
      list.cidrs.addAddress(entry, ipFamily(entry));
      list.hasCidrs = true;
    } else {
      const escaped = entry.toLowerCase().replace(/[.]/g, '\\.').replace(/\*/g, '[a-z0-9.-]*');
      list.patterns.push(new RegExp(`^${escaped}\\.?$`));
    }
  }
  return list;
}

/**
 * Reads an `--allow-test-hosts` value: entries separated by commas or spaces. Throws an
 * Error naming the first entry it cannot read.
 *
 * @example
 * ```ts
 * parseAllowedTestHosts('10.0.0.0/8, *.kafka.internal'); // ['10.0.0.0/8', '*.kafka.internal']
 * ```
 */
export function parseAllowedTestHosts(text: string): string[] {
  const entries = text.split(/[\s,]+/).filter((e) => e.length > 0);
  if (entries.length === 0) throw new Error('--allow-test-hosts needs at least one CIDR or host pattern');
  for (const entry of entries) {
    const problem = entryProblem(entry);
    if (problem) throw new Error(`--allow-test-hosts: ${problem}`);
  }
  return entries;
}

/**
 * Why a test may not reach these endpoints, or undefined when it may: too many of
 * them, or a host outside `allow`. Names that only a CIDR could allow are resolved
 * (a question to the resolver, never a packet to the host); nothing is sent to any
 * endpoint.
 *
 * @example
 * ```ts
 * await targetsProblem([{ host: '192.168.1.5', port: 22 }], { allow: ['10.0.0.0/8'] });
 * // "192.168.1.5 is not among the hosts live tests may reach (--allow-test-hosts)"
 * ```
 */
export async function targetsProblem(endpoints: readonly Endpoint[], targets: TestTargets = {}): Promise<string | undefined> {
  const max = targets.maxHosts ?? DEFAULT_MAX_TEST_HOSTS;
  const distinct = new Set(endpoints.map((e) => `${e.host}:${e.port}`));
  if (distinct.size > max) return `the profile names ${distinct.size} hosts; a live test reaches at most ${max}`;
  if (!targets.allow) return undefined;
  for (const entry of targets.allow) {
    const problem = entryProblem(entry);
    if (problem) return `the allowed test hosts are misconfigured: ${problem}`;
  }
  const list = compile(targets.allow);
  for (const host of new Set(endpoints.map((e) => e.host.toLowerCase()))) {
    if (isIP(host) !== 0) {
      if (list.cidrs.check(host, ipFamily(host))) continue;
    } else {
      if (list.patterns.some((p) => p.test(host))) continue;
      if (list.hasCidrs) {
        const addresses = await lookup(host, { all: true }).catch(() => []);
        if (addresses.length > 0 && addresses.every((a) => list.cidrs.check(a.address, a.family === 6 ? 'ipv6' : 'ipv4'))) continue;
      }
    }
    return `${host} is not among the hosts live tests may reach (--allow-test-hosts)`;
  }
  return undefined;
}
