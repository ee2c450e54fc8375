import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { parseEnv } from 'node:util';
import { UsageError } from './usage-error.js';

/** Where a command writes: injectable so tests and embedders can capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Control characters but tab and newline: C0, DEL and C1. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text made safe for a terminal: every control character but tab and newline becomes
 * its `\uXXXX` escape, so a script or name cannot send escape sequences to the
 * operator's terminal. JSON output keeps its meaning: JSON already escapes C0 inside
 * strings, and `\uXXXX` is JSON's own escape for DEL and C1 characters.
 *
 * @example
 * ```ts
 * terminalSafe('a\u001b[31mb'); // 'a\\u001b[31mb'
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The process's own streams and environment; what is written goes through
 * {@link terminalSafe}.
 *
 * @example
 * ```ts
 * await runCli(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`)),
    err: (text) => void process.stderr.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`)),
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Reads a file named on the command line (`-` for standard input), turning a missing
 * file into a usage error.
 *
 * @example
 * ```ts
 * const sql = await readInput('fixtures/orders.sql');
 * ```
 */
export async function readInput(path: string): Promise<string> {
  try {
    const content = path === '-' ? await text(process.stdin) : await readFile(path, 'utf8');
    // A byte order mark (Windows editors write one) is not content: not a JSON error, not part of a name.
    return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
}

/**
 * Reads and parses a JSON file (or `@file` argument), with the position of a syntax error.
 *
 * @example
 * ```ts
 * const profiles = await readJson('fixtures/profiles.json');
 * ```
 */
export async function readJson(path: string): Promise<unknown> {
  // jsonc-parser, which positions syntax errors, is loaded when JSON is first read.
  const { parseJsonText } = await import('../json/index.js');
  const parsed = parseJsonText(await readInput(path.startsWith('@') ? path.slice(1) : path));
  if (!parsed.ok) throw new UsageError(`${path}:${parsed.line}:${parsed.column}: not valid JSON (${parsed.reason})`);
  return parsed.value;
}

/**
 * Reads a JSON command-line argument: inline JSON, or `@file` for a file's content.
 * A syntax error names the option and the column.
 *
 * @example
 * ```ts
 * const config = await readJsonArgument('{"address":"redis://127.0.0.1:6379"}', '--config');
 * ```
 */
export async function readJsonArgument(value: string, option: string): Promise<unknown> {
  if (value.startsWith('@')) return readJson(value);
  const { parseJsonText } = await import('../json/index.js');
  const parsed = parseJsonText(value);
  if (!parsed.ok) throw new UsageError(`${option} is not valid JSON at column ${parsed.column} (${parsed.reason})`);
  return parsed.value;
}

/**
 * Reads a dotenv file (`NAME=value` lines) for `{{ NAME }}` templates.
 *
 * @example
 * ```ts
 * const env = await readEnvFile('.env'); // { KAFKA_PASSWORD: '…' }
 * ```
 */
export async function readEnvFile(path: string): Promise<Record<string, string>> {
  return parseEnv(await readInput(path)) as Record<string, string>;
}
