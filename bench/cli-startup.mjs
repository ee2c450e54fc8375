import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternatingMedians, printRows } from './timing.mjs';

const CLI = fileURLToPath(new URL('../dist/bin/ddl-profiles.js', import.meta.url));
/** The same CLI as tsc emits it, one module per file: the peer that shows what the bundle saves. */
const UNBUNDLED_CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const PROFILES = fileURLToPath(new URL('../fixtures/profiles.json', import.meta.url));
const ENV = fileURLToPath(new URL('../fixtures/example.env', import.meta.url));

/** Runs one whole process to its exit; a failed run is an error, not a figure. */
function runProcess(args, expected) {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0 || !run.stdout.includes(expected))
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr || run.stdout}`.slice(0, 500));
}

/**
 * The CLI's start-up, whole process: the bin (`dist/bin`, bundled) running `--version`,
 * `--help`, and `resolve FILE --profiles P.json` of one table, and the same resolve by the
 * unbundled CLI (`dist/cli/main.js`), each beside `node -e 0` measured in the same run. The
 * five run in alternation (`alternatingMedians`: each round starts one further on, so a
 * noisy neighbour hits them alike), and each figure is the median of its rounds. Targets (issue 12): `--version` and `--help`
 * at most 1.5 × `node -e 0`, `resolve --profiles` of one table at most 2.5 ×.
 */
export async function benchCliStartup({ rounds = 9, warmup = 2 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ddl-profiles-startup-'));
  try {
    const sql = join(dir, 'one.sql');
    writeFileSync(
      sql,
      "CREATE TABLE orders (order_id BIGINT, amount DOUBLE) WITH (connection_profile = 'production-kafka', topic = 'orders', format = 'json');\n",
    );
    const run = (args, expected) => () => runProcess(args, expected);
    const { node, version, help, resolve, unbundled } = await alternatingMedians(
      {
        node: run(['-e', '0'], ''),
        version: run([CLI, '--version'], 'ddl-profiles '),
        help: run([CLI, '--help'], 'usage:'),
        resolve: run([CLI, 'resolve', sql, '--profiles', PROFILES, '--env-file', ENV], '1 table(s) resolved'),
        unbundled: run([UNBUNDLED_CLI, 'resolve', sql, '--profiles', PROFILES, '--env-file', ENV], '1 table(s) resolved'),
      },
      { rounds, warmup },
    );
    return [
      { name: `node -e 0 (median of ${rounds})`, value: node, unit: 'ms' },
      { name: 'ddl-profiles --version', value: version, unit: 'ms' },
      { name: 'ddl-profiles --help', value: help, unit: 'ms' },
      { name: 'ddl-profiles resolve --profiles, one table', value: resolve, unit: 'ms' },
      { name: '--version / node -e 0 (target <= 1.5)', value: version / node, unit: 'x' },
      { name: '--help / node -e 0 (target <= 1.5)', value: help / node, unit: 'x' },
      { name: 'resolve --profiles / node -e 0 (target <= 2.5)', value: resolve / node, unit: 'x' },
      { name: 'the same resolve, CLI unbundled (dist/cli/main.js) / node -e 0', value: unbundled / node, unit: 'x' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printRows('CLI start-up (whole process)', await benchCliStartup());
