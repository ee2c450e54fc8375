import { join } from 'node:path';
import { DdlProfilesError, openCatalog, type Catalog } from '../index.js';
import { unknownConnectorsOption } from './unknown-connectors-option.js';
import { UsageError } from './usage-error.js';
import type { CliIo } from './cli-io.js';

/** The options every store-backed command takes. */
export const storeOptions = {
  store: { type: 'string' },
  'database-url': { type: 'string' },
  tenant: { type: 'string' },
} as const;

/** The folder the CLI keeps its embedded store in when told nothing else. */
export const DEFAULT_STORE_DIR = '.ddl-profiles';

/** `--store :memory:`: an embedded store that lives only as long as the command. */
export const MEMORY_STORE = ':memory:';

/**
 * Opens the catalog the options name (`--store DIR` or `--store :memory:`,
 * `--database-url URL`, `$DATABASE_URL`, else `./.ddl-profiles`), runs `work` with it
 * and always closes it.
 *
 * @example
 * ```ts
 * const page = await withCatalog(values, io, (catalog) => catalog.profiles.list());
 * ```
 */
export async function withCatalog<T>(
  values: { store?: string; 'database-url'?: string; tenant?: string; 'unknown-connectors'?: string },
  io: CliIo,
  work: (catalog: Catalog) => Promise<T>,
): Promise<T> {
  const url = values['database-url'] ?? (values.store === undefined ? io.env.DATABASE_URL : undefined);
  const where = url ? { url } : values.store === MEMORY_STORE ? {} : { path: values.store ?? join(io.cwd, DEFAULT_STORE_DIR) };
  const unknownConnectors = unknownConnectorsOption(values['unknown-connectors']);
  const catalog = await openCatalog({ ...where, ...(values.tenant ? { tenant: values.tenant } : {}), ...(unknownConnectors ? { unknownConnectors } : {}) }).catch((error: unknown) => {
    // A store option the library refuses as given (a file for --store, a malformed URL) is a usage error.
    if (error instanceof DdlProfilesError && error.code === 'INVALID_ARGUMENT') throw new UsageError(error.message);
    throw error;
  });
  try {
    return await work(catalog);
  } finally {
    await catalog.close();
  }
}
