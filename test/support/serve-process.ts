import { spawn, type ChildProcess } from 'node:child_process';
import { CLI } from './run-cli.js';

/** A `ddl-profiles serve` child process and what it printed. */
export interface ServeProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  stop(): Promise<number | null>;
}

/** Starts `ddl-profiles serve …` and waits for its "listening" line (or its exit). */
export async function startServe(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<ServeProcess & { exited?: number | null }> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = await new Promise<number | null | undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 30_000);
    child.stdout!.on('data', () => {
      if (out.includes('listening on')) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  return {
    child,
    exited,
    stdout: () => out,
    stderr: () => err,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
