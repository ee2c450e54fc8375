import { packageVersion } from '../package-root.js';
import { DdlProfilesError } from '../errors/index.js';
import { errorToWire } from '../http/wire-format.js';
import type { CliIo } from './cli-io.js';
import { jsonText, wantsJson } from './json-output.js';
import { CONNECTORS_USAGE, KEYS_USAGE, PROFILES_USAGE, RESOLVE_USAGE, SERVE_USAGE, TABLES_USAGE, TEST_USAGE, USAGE } from './usage.js';
import { UsageError } from './usage-error.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

// Each command is loaded when it runs, and only then: `--version`, `--help` and
// `COMMAND --help` load none, and `resolve --profiles` never loads the store (Kysely,
// PGlite, pg) or the REST API (Hono). See bench/cli-startup.mjs.
const COMMANDS: Record<string, { usage: string; load: () => Promise<Command> }> = {
  resolve: { usage: RESOLVE_USAGE, load: async () => (await import('./commands/resolve-command.js')).resolveCommand },
  profiles: { usage: PROFILES_USAGE, load: async () => (await import('./commands/profiles-command.js')).profilesCommand },
  tables: { usage: TABLES_USAGE, load: async () => (await import('./commands/tables-command.js')).tablesCommand },
  test: { usage: TEST_USAGE, load: async () => (await import('./commands/test-command.js')).testCommand },
  connectors: { usage: CONNECTORS_USAGE, load: async () => (await import('./commands/connectors-command.js')).connectorsCommand },
  serve: { usage: SERVE_USAGE, load: async () => (await import('./commands/serve-command.js')).serveCommand },
  keys: { usage: KEYS_USAGE, load: async () => (await import('./commands/keys-command.js')).keysCommand },
};

/** A failure as the CLI reports it: exit code, stable code, message and details, and its line of text. */
function failureOf(error: unknown): { exit: number; code: string; message: string; details?: Record<string, unknown>; text: string } {
  if (error instanceof UsageError) return { exit: 2, code: error.code, message: error.message, text: error.message };
  if (error instanceof DdlProfilesError)
    return { exit: 1, code: error.code, message: error.message, details: error.details, text: `${error.code}: ${error.message}` };
  const message = error instanceof Error ? error.message : String(error);
  return { exit: 70, code: 'INTERNAL', message, text: `internal error: ${message}` };
}

/**
 * Runs the command line and returns its exit code. Every expected failure is printed
 * as one line with its stable code (with `--json`, as `{ "error": { code, message,
 * details } }` on standard output); nothing prints a stack trace.
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
    io.out(`ddl-profiles ${packageVersion()}`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command '${name}'; run ddl-profiles --help`);
    if (args.includes('--help') || args.includes('-h')) {
      io.out(command.usage);
      return 0;
    }
    return await (await command.load())(args, io);
  } catch (error) {
    // With --json, an error is the REST API's error body, on standard output; the exit code is the same.
    const failure = failureOf(error);
    if (wantsJson(args)) io.out(jsonText(errorToWire(failure.code, failure.message, failure.details)));
    else io.err(`ddl-profiles: ${failure.text}`);
    return failure.exit;
  }
}
