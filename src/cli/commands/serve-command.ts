import { dirname, resolve as resolvePath } from 'node:path';
import type { TemplateEnv } from '../../index.js';
import type { ConsoleAssets, TokenAuth, TokenList } from '../../http/index.js';
import { readEnvFile, readInput, type CliIo } from '../cli-io.js';
import { wholeNumberOption } from '../number-option.js';
import { parseOptions } from '../parse-options.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { testTargetsOptions } from '../test-targets-option.js';
import { unknownConnectorsFlag } from '../unknown-connectors-option.js';
import { UsageError } from '../usage-error.js';
import { SERVE_USAGE } from '../usage.js';

/** Why a server could not listen, in an operator's words. */
function listenFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return 'the address is already in use (another server on that port?); choose another with --port';
  if (code === 'EACCES') return 'permission denied (ports below 1024 need privileges); choose another with --port';
  if (code === 'EADDRNOTAVAIL') return 'no such address on this machine; check --host';
  return (error as Error).message;
}

/**
 * Each tenant's environment: the env files the token list names (relative to the token
 * file), and `--env-file` for tenant `default`. Every other tenant gets none.
 */
async function tenantEnvironments(
  list: TokenList | undefined,
  base: string,
  defaultEnvFile: string | undefined,
): Promise<Record<string, TemplateEnv>> {
  const files: Record<string, string> = {};
  for (const [tenant, file] of Object.entries(list?.envFiles ?? {})) files[tenant] = resolvePath(base, file);
  if (defaultEnvFile !== undefined) {
    if (files.default !== undefined) throw new UsageError('tenant "default" has an env file in the token list and --env-file; give it one');
    files.default = defaultEnvFile;
  }
  const environments: Record<string, TemplateEnv> = {};
  for (const [tenant, file] of Object.entries(files)) environments[tenant] = await readEnvFile(file);
  return environments;
}

/** The longest delay a Node timer keeps (2^31 - 1 ms); a longer one fires at once. */
const LONGEST_TIMER_MS = 2_147_483_647;

/** Scripts of this many characters or more resolve in a worker thread: serve uses the built-in connectors. */
const OFF_THREAD_BYTES = 64 * 1024;

/** How long a stopping server waits for requests in flight: a live test's default deadline, and a little. */
const DRAIN_GRACE_MS = 15_000;

/**
 * `ddl-profiles serve`: the REST API on node:http until SIGINT or SIGTERM.
 *
 * @example
 * ```ts
 * await serveCommand(['--port', '8000', '--token-file', 'tokens.txt'], processIo());
 * ```
 */
export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    ...storeOptions,
    port: { type: 'string' },
    host: { type: 'string' },
    'token-file': { type: 'string' },
    'insecure-no-auth': { type: 'boolean' },
    'env-file': { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'max-concurrent-tests': { type: 'string' },
    'max-test-deadline-ms': { type: 'string' },
    'max-connections': { type: 'string' },
    'headers-timeout-ms': { type: 'string' },
    'request-timeout-ms': { type: 'string' },
    ...testTargetsOptions,
    'max-statements': { type: 'string' },
    'max-options-per-table': { type: 'string' },
    'no-console': { type: 'boolean' },
    ...unknownConnectorsFlag,
  });
  if (positionals.length > 0) throw new UsageError(SERVE_USAGE);
  const { createHandler, createNodeServer, loadConsoleAssets, parseTokens, TokenAuth } = await import('../../http/index.js');
  const tokenText = values['token-file'] ? await readInput(values['token-file']) : io.env.DDL_PROFILES_TOKENS;
  const insecure = values['insecure-no-auth'] === true;
  if (!tokenText && !insecure)
    throw new UsageError(
      `no tokens: pass --token-file, set DDL_PROFILES_TOKENS, or --insecure-no-auth for a loopback-only server\n${SERVE_USAGE}`,
    );
  let auth: TokenAuth | 'none' = 'none';
  let tokenList: TokenList | undefined;
  if (tokenText) {
    try {
      tokenList = parseTokens(tokenText);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    auth = new TokenAuth(tokenList.tokens);
  }
  if (auth !== 'none' && auth.size === 0) throw new UsageError('the token file holds no tokens');
  const host = insecure && auth === 'none' ? '127.0.0.1' : (values.host ?? '127.0.0.1');
  if (insecure && values.host && values.host !== '127.0.0.1')
    io.err('ddl-profiles: --insecure-no-auth binds to 127.0.0.1 only; --host ignored');
  const port = wholeNumberOption(values.port, '--port', 1) ?? 8000;
  const tenantEnv = await tenantEnvironments(
    tokenList,
    values['token-file'] ? dirname(resolvePath(values['token-file'])) : process.cwd(),
    values['env-file'],
  );
  const limits = {
    maxBodyBytes: wholeNumberOption(values['max-body-bytes'], '--max-body-bytes', 1),
    maxConcurrentTests: wholeNumberOption(values['max-concurrent-tests'], '--max-concurrent-tests', 1),
    maxTestDeadlineMs: wholeNumberOption(values['max-test-deadline-ms'], '--max-test-deadline-ms', 1, LONGEST_TIMER_MS),
    maxConnections: wholeNumberOption(values['max-connections'], '--max-connections', 1),
    headersTimeoutMs: wholeNumberOption(values['headers-timeout-ms'], '--headers-timeout-ms', 1, LONGEST_TIMER_MS),
    requestTimeoutMs: wholeNumberOption(values['request-timeout-ms'], '--request-timeout-ms', 1, LONGEST_TIMER_MS),
  };
  const resolve = {
    maxStatements: wholeNumberOption(values['max-statements'], '--max-statements', 1),
    maxOptionsPerTable: wholeNumberOption(values['max-options-per-table'], '--max-options-per-table', 1),
    offThreadBytes: OFF_THREAD_BYTES,
  };

  let assets: ConsoleAssets | undefined;
  if (values['no-console'] !== true) {
    try {
      assets = await loadConsoleAssets();
    } catch (error) {
      io.err(`ddl-profiles: ${(error as Error).message}`);
      return 1;
    }
  }

  return withCatalog({ ...values }, io, async (catalog) => {
    const log = (entry: object): void => io.err(JSON.stringify({ time: new Date().toISOString(), ...entry }));
    const handler = createHandler({ catalog, auth, tenantEnv, ...limits, resolve, log, console: assets });
    const server = createNodeServer(handler, { ...limits, log });
    try {
      await new Promise<void>((resolveListen, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolveListen());
      });
    } catch (error) {
      io.err(`ddl-profiles: cannot listen on ${host}:${port}: ${listenFailure(error)}`);
      return 1;
    }
    const address = server.address();
    io.out(
      `ddl-profiles listening on http://${host}:${typeof address === 'object' && address ? address.port : port}${auth === 'none' ? ' (no authentication, loopback only)' : ''}${assets ? '; the console is at /' : ''}`,
    );
    await new Promise<void>((stop) => {
      // Draining: stop accepting, let requests in flight finish (a live test ends by its
      // deadline) and close each connection once idle; the grace period or a second
      // signal cuts what is left.
      const cut = (): void => server.closeAllConnections();
      const shutdown = (): void => {
        io.err(`ddl-profiles: shutting down, letting requests in flight finish (at most ${DRAIN_GRACE_MS / 1000} s)`);
        // A keep-alive connection turns idle when its last response is sent: close it then.
        const idle = setInterval(() => server.closeIdleConnections(), 100);
        server.close(() => {
          clearInterval(idle);
          stop();
        });
        server.closeIdleConnections();
        setTimeout(cut, DRAIN_GRACE_MS).unref();
        process.once('SIGINT', cut);
        process.once('SIGTERM', cut);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
    return 0;
  });
}
