import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withFreePorts } from './free-port.mjs';

/** The folder of the PostgreSQL server binaries: pg_config's answer, else Debian's versioned folder. */
function binDir() {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // No pg_config on the PATH.
  }
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join('/usr/lib/postgresql', v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error("no PostgreSQL server binaries: install Debian's postgresql package");
  return found;
}

const execFileAsync = promisify(execFile);

/**
 * Runs a PostgreSQL binary as the `postgres` OS user when we are root (initdb refuses
 * root), without blocking the event loop, so clients keep seeing their sockets.
 */
async function run(dir, command, args) {
  const binary = join(binDir(), command);
  const [file, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  try {
    return (await execFileAsync(file, argv, { cwd: dir, encoding: 'utf8' })).stdout;
  } catch (error) {
    throw new Error(`${command} failed: ${error.stderr || error.message}`);
  }
}

/**
 * A real PostgreSQL server for tests and benchmarks: initdb into a temporary folder,
 * a free loopback port, password (SCRAM) authentication for user `app`, fsync off.
 * `stop()` and `start()` simulate an outage; `dispose()` removes everything.
 */
export async function startPostgres() {
  const root = mkdtempSync(join(tmpdir(), 'ddl-pg-'));
  const data = join(root, 'data');
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(root, 'pwfile'), password);
  if (process.getuid?.() === 0) {
    chownSync(
      root,
      Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    );
    chownSync(
      join(root, 'pwfile'),
      Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
      Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
    );
  }
  chmodSync(root, 0o700);
  await run(root, 'initdb', [
    '-D',
    data,
    '-U',
    'app',
    `--pwfile=${join(root, 'pwfile')}`,
    '--auth-host=scram-sha-256',
    '--auth-local=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const log = join(root, 'server.log');
  const optionsFor = (port) =>
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
  const startOn = async (port) => {
    rmSync(log, { force: true });
    try {
      await run(root, 'pg_ctl', ['-D', data, '-o', optionsFor(port), '-l', log, '-w', '-t', '60', 'start']);
    } catch (error) {
      // pg_ctl only says "could not start server": the reason (a port taken, say) is in the log.
      throw new Error(`${error.message}\n${existsSync(log) ? readFileSync(log, 'utf8').slice(-1500) : ''}`);
    }
  };
  const stop = () => run(root, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  let port;
  try {
    port = await withFreePorts('postgres', 1, async ([candidate]) => {
      await startOn(candidate);
      return candidate;
    });
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const start = () => startOn(port);
  let running = true;
  return {
    url: `postgres://app:${password}@127.0.0.1:${port}/postgres`,
    password,
    port,
    start: async () => {
      await start();
      running = true;
    },
    stop: async () => {
      await stop();
      running = false;
    },
    dispose: async () => {
      if (running) {
        try {
          await run(root, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } catch {
          // Already down.
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * The whole database at `url` as `pg_dump` writes it (schema and data, plain SQL): every
 * byte an operator's backup of the store would hold.
 */
export async function dumpDatabase(url) {
  try {
    return (await execFileAsync(join(binDir(), 'pg_dump'), ['--dbname', url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    throw new Error(`pg_dump failed: ${error.stderr || error.message}`);
  }
}
