import { MAX_TEST_DEADLINE_MS } from '../../testing/test-result.js';
import { pageToWire, tableToWire } from '../../http/wire-format.js';
import { readEnvFile, type CliIo } from '../cli-io.js';
import { jsonText } from '../json-output.js';
import { wholeNumberOption } from '../number-option.js';
import { parseOptions } from '../parse-options.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { testTargetsOptions } from '../test-targets-option.js';
import { UsageError } from '../usage-error.js';
import { runAndPrint } from './test-command.js';
import { TABLES_USAGE } from '../usage.js';

/**
 * `ddl-profiles tables list|drop|test`: the registered tables, optionally those of one
 * profile; dropping one (say, to let its profile be deleted); testing one live.
 *
 * @example
 * ```ts
 * await tablesCommand(['list', '--profile', 'production-kafka'], processIo());
 * await tablesCommand(['drop', 'orders'], processIo());
 * ```
 */
export async function tablesCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'list' && action !== 'drop' && action !== 'test')
    throw new UsageError(`unknown tables command '${action ?? ''}'\n${TABLES_USAGE}`);
  const { values, positionals } = parseOptions(rest, {
    ...storeOptions,
    json: { type: 'boolean' },
    profile: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    'deadline-ms': { type: 'string' },
    'env-file': { type: 'string' },
    ...testTargetsOptions,
  });
  if (action === 'test') {
    if (positionals.length !== 1) throw new UsageError(`expected NAME\n${TABLES_USAGE}`);
    const [name] = positionals;
    const deadlineMs = wholeNumberOption(values['deadline-ms'], '--deadline-ms', 1, MAX_TEST_DEADLINE_MS);
    // A live test fills the profile's {{ NAME }} templates from --env-file, as resolve does.
    const env = values['env-file'] ? await readEnvFile(values['env-file']) : undefined;
    return withCatalog(values, io, (catalog) =>
      runAndPrint(
        (onStep) => (env ? catalog.withEnv(env) : catalog).tables.test(name, { onStep, ...(deadlineMs ? { deadlineMs } : {}) }),
        io,
        values.json === true,
      ),
    );
  }
  if (action === 'drop') {
    if (positionals.length !== 1) throw new UsageError(`expected NAME\n${TABLES_USAGE}`);
    const [name] = positionals;
    await withCatalog(values, io, (catalog) => catalog.tables.drop(name));
    io.out(values.json ? jsonText({ dropped: name }) : `dropped ${name}`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(TABLES_USAGE);
  // Checked before the store is opened: a usage error costs nothing.
  const bounds = { limit: wholeNumberOption(values.limit, '--limit', 1), offset: wholeNumberOption(values.offset, '--offset') };
  const page = await withCatalog(values, io, (catalog) =>
    catalog.tables.list({ ...(values.profile ? { profile: values.profile } : {}), ...bounds }),
  );
  if (values.json) io.out(jsonText(pageToWire(page, tableToWire)));
  else
    io.out(
      [
        ...page.items.map((t) => `${t.name}\t${t.connector}\t${t.profileName ?? '(inline)'}\t${t.dialect}`),
        `${page.items.length} of ${page.total} table(s)`,
      ].join('\n'),
    );
  return 0;
}
