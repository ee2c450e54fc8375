import { readFile } from 'node:fs/promises';
import { DdlProfilesError } from '../errors/index.js';
import type { CliIo } from './cli-io.js';
import { KEYS_USAGE, keysCommand } from './commands/keys-command.js';
import { PROFILES_USAGE, profilesCommand } from './commands/profiles-command.js';
import { RESOLVE_USAGE, resolveCommand } from './commands/resolve-command.js';
import { SERVE_USAGE, serveCommand } from './commands/serve-command.js';
import { TABLES_USAGE, tablesCommand } from './commands/tables-command.js';
import { TEST_USAGE, testCommand } from './commands/test-command.js';
import { UsageError } from './usage-error.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  resolve: { run: resolveCommand, usage: RESOLVE_USAGE },
  profiles: { run: profilesCommand, usage: PROFILES_USAGE },
  tables: { run: tablesCommand, usage: TABLES_USAGE },
  test: { run: testCommand, usage: TEST_USAGE },
  serve: { run: serveCommand, usage: SERVE_USAGE },
  keys: { run: keysCommand, usage: KEYS_USAGE },
};

/** The overview `ddl-profiles --help` prints. */
export const USAGE = `ddl-profiles: resolve streaming-SQL DDL against named connection profiles

${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('\n\n')}

ddl-profiles --version prints the version.
Exit status: 0 success, 1 a problem in the input or a refused operation, 2 a usage error.`;

/** The version in the package's own package.json, two folders up from here in src/ and in dist/. */
async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Runs the command line and returns its exit code. Every expected failure is printed
 * as one line with its stable code; nothing prints a stack trace.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), processIo());
 * ```
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`ddl-profiles ${await packageVersion()}`);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command '${name}'; run ddl-profiles --help`);
    if (args.includes('--help') || args.includes('-h')) {
      io.out(command.usage);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`ddl-profiles: ${error.message}`);
      return 2;
    }
    if (error instanceof DdlProfilesError) {
      io.err(`ddl-profiles: ${error.code}: ${error.message}`);
      return 1;
    }
    io.err(`ddl-profiles: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}
