import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { withFreePorts } from './free-port.mjs';

const execFileAsync = promisify(execFile);

/**
 * Spawns redis-server and resolves once it logs "Ready to accept connections": only then
 * are its ports its own (a port probe could be answered by whoever took the port). If it
 * exits first, the error carries its last log lines, "Address already in use" included.
 */
function launch(dir, port, args, readyMs = 15_000) {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not get ready within ${readyMs} ms`), readyMs);
    const fail = (why) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`redis-server on ${port} ${why}:\n${output.slice(-1500)}`)));
    };
    const keep = (chunk) => {
      output = (output + chunk).slice(-8000);
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal})`));
  });
  return { child, stop, ready };
}

/**
 * Starts Debian's `redis-server` on free loopback ports, with an optional password
 * (`requirepass`), ACL users (`{ name, password }`, allowed every command and key), and
 * a TLS port (`tls: { certFile, keyFile, caFile }`, client certificates not asked for).
 * A port taken before the bind is retried on new ones.
 */
export async function startRedis({ password, aclUsers = [], tls } = {}) {
  const args = [
    ...(password ? ['--requirepass', password] : []),
    ...aclUsers.flatMap((u) => ['--user', u.name, 'on', `>${u.password}`, '~*', '&*', '+@all']),
  ];
  return withFreePorts('redis-server', tls ? 2 : 1, async ([port, tlsPort]) => {
    const dir = mkdtempSync(join(tmpdir(), 'ddl-redis-'));
    const tlsArgs = tls
      ? [
          '--tls-port',
          String(tlsPort),
          '--tls-cert-file',
          tls.certFile,
          '--tls-key-file',
          tls.keyFile,
          '--tls-ca-cert-file',
          tls.caFile,
          '--tls-auth-clients',
          'no',
        ]
      : [];
    const { stop, ready } = launch(dir, port, [...args, ...tlsArgs]);
    const remove = () => rmSync(dir, { recursive: true, force: true });
    try {
      await ready;
    } catch (error) {
      remove();
      throw error;
    }
    return {
      port,
      url: `redis://127.0.0.1:${port}`,
      ...(tls ? { tlsPort, tlsUrl: `rediss://127.0.0.1:${tlsPort}` } : {}),
      stop: async () => {
        await stop();
        remove();
      },
    };
  });
}

/** One cluster node on a client port and its own bus port (`--cluster-port`), both drawn fresh. */
function startClusterNode(dir) {
  return withFreePorts('redis-server (cluster node)', 2, async ([port, busPort]) => {
    const node = launch(dir, port, [
      '--cluster-enabled',
      'yes',
      '--cluster-port',
      String(busPort),
      '--cluster-config-file',
      `nodes-${port}.conf`,
      '--cluster-node-timeout',
      '2000',
    ]);
    await node.ready;
    return { port, url: `redis://127.0.0.1:${port}`, stop: node.stop };
  });
}

/**
 * Starts a Redis cluster of `size` masters (no replicas) on free loopback ports and waits
 * until it reports `cluster_state:ok`. Each node can be stopped on its own. If any step
 * fails, the nodes already started are stopped before the error is thrown.
 */
export async function startRedisCluster(size = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-redis-cluster-'));
  const nodes = [];
  const stopAll = async () => {
    for (const node of nodes) await node.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < size; i++) nodes.push(await startClusterNode(dir));
    await execFileAsync('redis-cli', [
      '--cluster',
      'create',
      ...nodes.map((n) => `127.0.0.1:${n.port}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
    const until = Date.now() + 30_000;
    for (const node of nodes) {
      for (;;) {
        const { stdout } = await execFileAsync('redis-cli', ['-p', String(node.port), 'cluster', 'info']);
        if (stdout.includes('cluster_state:ok')) break;
        if (Date.now() > until) throw new Error(`the cluster did not reach cluster_state:ok: ${stdout}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { nodes: nodes.map((n) => ({ port: n.port, url: n.url, stop: n.stop })), stop: stopAll };
}
