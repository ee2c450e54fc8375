import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.mjs';

const execFileAsync = promisify(execFile);

async function waitForPort(port, child, deadlineMs = 15_000) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => (socket.destroy(), resolve(false)));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not listen on ${port} within ${deadlineMs} ms`);
}

async function portWithBus() {
  for (;;) {
    const port = await freePort();
    if (port + 10_000 < 65_536) return port;
  }
}

function launch(dir, port, args) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...args], { stdio: 'ignore' });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  return { child, stop };
}

/**
 * Starts Debian's `redis-server` on a free loopback port, with an optional password
 * (`requirepass`) and ACL users (`{ name, password }`, allowed every command and key).
 */
export async function startRedis({ password, aclUsers = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-redis-'));
  const port = await freePort();
  const args = [
    ...(password ? ['--requirepass', password] : []),
    ...aclUsers.flatMap((u) => ['--user', u.name, 'on', `>${u.password}`, '~*', '&*', '+@all']),
  ];
  const { child, stop } = launch(dir, port, args);
  await waitForPort(port, child);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts a Redis cluster of `size` masters (no replicas) on free loopback ports and waits
 * until it reports `cluster_state:ok`. Each node can be stopped on its own.
 */
export async function startRedisCluster(size = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-redis-cluster-'));
  const nodes = [];
  for (let i = 0; i < size; i++) {
    const port = await portWithBus();
    const node = launch(dir, port, ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '2000']);
    nodes.push({ port, url: `redis://127.0.0.1:${port}`, ...node });
  }
  for (const node of nodes) await waitForPort(node.port, node.child);
  await execFileAsync('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes']);
  const until = Date.now() + 30_000;
  for (const node of nodes) {
    for (;;) {
      const { stdout } = await execFileAsync('redis-cli', ['-p', String(node.port), 'cluster', 'info']);
      if (stdout.includes('cluster_state:ok')) break;
      if (Date.now() > until) throw new Error(`the cluster did not reach cluster_state:ok: ${stdout}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    nodes: nodes.map((n) => ({ port: n.port, url: n.url, stop: n.stop })),
    stop: async () => {
      for (const node of nodes) await node.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
