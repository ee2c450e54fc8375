import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';

/** The path of a server's command: on PATH, or in /usr/sbin where Debian puts daemons (off a user's PATH). */
export function commandPath(name) {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin']) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return name;
}

/** True once something accepts TCP connections on 127.0.0.1:port. */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => (socket.destroy(), resolve(false)));
  });
}

/**
 * Spawns a server and waits until every port in `ports` accepts connections. If the
 * process exits first, or the ports stay closed for `readyMs`, the process is killed and
 * the promise rejects with the tail of its output (a port taken by someone else shows
 * there as the server's own "address in use"). `stop()` sends SIGTERM, waits up to
 * `stopMs`, then SIGKILL, to the server's whole process group.
 */
export async function launchServer({ name, command, args = [], env, cwd, ports, readyMs = 15_000, stopMs = 10_000 }) {
  // Its own process group, so that stopping reaches the processes a wrapper script starts.
  const child = spawn(command, args, {
    cwd,
    detached: true,
    env: env ? { ...process.env, ...env } : process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // the group is already gone
    }
  };
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-8_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return signal('SIGKILL');
    signal('SIGTERM');
    let timer;
    const late = await Promise.race([exited.then(() => false), new Promise((r) => (timer = setTimeout(() => r(true), stopMs)))]);
    clearTimeout(timer);
    if (late) {
      signal('SIGKILL');
      await exited;
    }
  };
  const until = Date.now() + readyMs;
  const pending = new Set(ports);
  while (pending.size > 0) {
    if (child.exitCode !== null || child.signalCode !== null) {
      signal('SIGKILL');
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before listening on ${[...pending].join(', ')}:\n${output}`);
    }
    if (Date.now() > until) {
      await stop();
      throw new Error(`${name} did not listen on ${[...pending].join(', ')} within ${readyMs} ms:\n${output}`);
    }
    for (const port of [...pending]) if (await accepts(port)) pending.delete(port);
    if (pending.size > 0) await new Promise((r) => setTimeout(r, 50));
  }
  return { child, stop, output: () => output };
}
