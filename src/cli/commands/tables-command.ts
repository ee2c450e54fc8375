import type { CliIo } from '../cli-io.js';
import { wholeNumberOption } from '../number-option.js';
import { parseOptions } from '../parse-options.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { UsageError } from '../usage-error.js';

/** `ddl-profiles tables --help`. */
export const TABLES_USAGE = `usage: ddl-profiles tables list [--profile NAME] [--limit N] [--offset N] [--json] [--store DIR | --database-url URL] [--tenant NAME]
       ddl-profiles tables drop NAME [--json] [--store DIR | --database-url URL] [--tenant NAME]`;

/**
 * `ddl-profiles tables list|drop`: the registered tables, optionally those of one
 * profile; dropping one (say, to let its profile be deleted).
 *
 * @example
 * ```ts
 * await tablesCommand(['list', '--profile', 'production-kafka'], processIo());
 * await tablesCommand(['drop', 'orders'], processIo());
 * ```
 */
export async function tablesCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'list' && action !== 'drop') throw new UsageError(`unknown tables command '${action ?? ''}'\n${TABLES_USAGE}`);
  const { values, positionals } = parseOptions(rest, {
    ...storeOptions,
    json: { type: 'boolean' },
    profile: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
  });
  if (action === 'drop') {
    if (positionals.length !== 1) throw new UsageError(`expected NAME\n${TABLES_USAGE}`);
    const [name] = positionals;
    await withCatalog(values, io, (catalog) => catalog.tables.drop(name));
    io.out(values.json ? JSON.stringify({ dropped: name }) : `dropped ${name}`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(TABLES_USAGE);
  const page = await withCatalog(values, io, (catalog) =>
    catalog.tables.list({
      ...(values.profile ? { profile: values.profile } : {}),
      limit: wholeNumberOption(values.limit, '--limit', 1),
      offset: wholeNumberOption(values.offset, '--offset'),
    }),
  );
  if (values.json) io.out(JSON.stringify(page, null, 2));
  else io.out([...page.items.map((t) => `${t.name}\t${t.connector}\t${t.profileName ?? '(inline)'}`), `${page.items.length} of ${page.total} table(s)`].join('\n'));
  return 0;
}
