import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, MAIN_JOB_ARGS } from '../support/run-cli.js';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ddl-bundle-'));
  // A module-load hook that names, on standard error, every module the process loads.
  writeFileSync(
    join(work, 'hooks.mjs'),
    "export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n",
  );
  writeFileSync(
    join(work, 'register.mjs'),
    `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(join(work, 'hooks.mjs')).href)});\n`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The files the CLI loads for `args`, relative to the package root, in load order. */
async function loadedFiles(args: string[]): Promise<{ stdout: string; files: string[] }> {
  const run = await exec(process.execPath, ['--import', join(work, 'register.mjs'), CLI, ...args], { cwd: root });
  const files = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('LOADED file:'))
    .map((line) => relative(root, fileURLToPath(line.slice('LOADED '.length))));
  return { stdout: run.stdout, files };
}

describe('the CLI bin, bundled for start-up', () => {
  it('is dist/bin/ddl-profiles.js, the bundle, as package.json names it', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(root, manifest.bin['ddl-profiles'])).toBe(CLI);
    expect(relative(root, CLI)).toBe(join('dist', 'bin', 'ddl-profiles.js'));
  });

  it('resolves with --profiles loading only bundle files: no package from node_modules, no module of dist/ one by one', async () => {
    const { stdout, files } = await loadedFiles([...MAIN_JOB_ARGS]);
    expect(stdout).toMatch(/table\(s\) resolved/);
    expect(files[0]).toBe(join('dist', 'bin', 'ddl-profiles.js'));
    expect(files.filter((file) => !file.startsWith(join('dist', 'bin')))).toEqual([]);
  });

  it('answers --version from the bundle alone, with the version of package.json', async () => {
    const { stdout, files } = await loadedFiles(['--version']);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(stdout.trim()).toBe(`ddl-profiles ${version}`);
    expect(files[0]).toBe(join('dist', 'bin', 'ddl-profiles.js'));
    expect(files.every((file) => file.startsWith(join('dist', 'bin')))).toBe(true);
  });
});
