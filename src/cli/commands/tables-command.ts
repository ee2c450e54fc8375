import type { CliIo } from '../cli-io.js';
import { parseOptions } from '../parse-options.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { UsageError } from '../usage-error.js';

/** `ddl-profiles tables --help`. */
export const TABLES_USAGE = `usage: ddl-profiles tables list [--profile NAME] [--limit N] [--offset N] [--json] [--store DIR | --database-url URL] [--tenant NAME]`;

/**
 * `ddl-profiles tables list`: the registered tables, optionally those of one profile.
 *
 * @example
 * ```ts
 * await tablesCommand(['list', '--profile', 'production-kafka'], processIo());
 * ```
 */
export async function tablesCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'list') throw new UsageError(`unknown tables command '${action ?? ''}'\n${TABLES_USAGE}`);
  const { values, positionals } = parseOptions(rest, {
    ...storeOptions,
    json: { type: 'boolean' },
    profile: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(TABLES_USAGE);
  const page = await withCatalog(values, io, (catalog) =>
    catalog.tables.list({
      ...(values.profile ? { profile: values.profile } : {}),
      ...(values.limit ? { limit: Number(values.limit) } : {}),
      ...(values.offset ? { offset: Number(values.offset) } : {}),
    }),
  );
  if (values.json) io.out(JSON.stringify(page, null, 2));
  else io.out([...page.items.map((t) => `${t.name}\t${t.connector}\t${t.profileName ?? '(inline)'}`), `${page.items.length} of ${page.total} table(s)`].join('\n'));
  return 0;
}
