import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The README's main job, as CLI arguments: the fixtures resolved against the static profiles and env file. */
export const MAIN_JOB_ARGS: readonly string[] = (() => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return [
    'resolve',
    join(root, 'fixtures/orders.sql'),
    '--profiles',
    join(root, 'fixtures/profiles.json'),
    '--env-file',
    join(root, 'fixtures/example.env'),
  ];
})();

/** The built CLI, as `npx ddl-profiles` runs it. */
export const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'bin', 'ddl-profiles.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The Node arguments the CLI's shebang line gives before the script (`#!/usr/bin/env -S
 * node --` gives `['--']`), so that a test runs the CLI exactly as its installed bin does.
 */
export function shebangArgs(): string[] {
  const words = readFileSync(CLI, 'utf8').split('\n', 1)[0].split(/\s+/);
  return words.slice(words.indexOf('node') + 1);
}

/** Runs the built CLI in a child process with its own environment, as its shebang says, and captures everything it prints. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...shebangArgs(), CLI, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
