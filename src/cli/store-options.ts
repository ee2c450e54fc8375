import { join } from 'node:path';
import type { Catalog } from '../catalog/index.js';
import { DdlProfilesError } from '../errors/index.js';
import { unknownConnectorsOption } from './unknown-connectors-option.js';
import { UsageError } from './usage-error.js';
import type { CliIo } from './cli-io.js';

/** The options every store-backed command takes. */
export const storeOptions = {
  store: { type: 'string' },
  'database-url': { type: 'string' },
  tenant: { type: 'string' },
  'secret-key-file': { type: 'string' },
  'allow-plaintext-secrets': { type: 'boolean' },
} as const;

/** The folder the CLI keeps its embedded store in when told nothing else. */
export const DEFAULT_STORE_DIR = '.ddl-profiles';

/** `--store :memory:`: an embedded store that lives only as long as the command. */
export const MEMORY_STORE = ':memory:';

/**
 * Opens the catalog the options name (`--store DIR` or `--store :memory:`,
 * `--database-url URL`, `$DATABASE_URL`, else `./.ddl-profiles`), with the secret key of
 * `$DDL_PROFILES_SECRET_KEY` or `--secret-key-file`, runs `work` with it and always closes it.
 * `--allow-test-hosts` becomes the catalog's test targets.
 *
 * @example
 * ```ts
 * const page = await withCatalog(values, io, (catalog) => catalog.profiles.list());
 * ```
 */
export async function withCatalog<T>(
  values: {
    store?: string;
    'database-url'?: string;
    tenant?: string;
    'secret-key-file'?: string;
    'allow-plaintext-secrets'?: boolean;
    'allow-test-hosts'?: string;
    'unknown-connectors'?: string;
  },
  io: CliIo,
  work: (catalog: Catalog) => Promise<T>,
): Promise<T> {
  // Loaded here, as the catalog is below: `resolve --profiles` takes these options and
  // never opens a store, so it need not load node:crypto or node:dns for them.
  const [{ SECRET_KEY_ENV }, { readTestTargets }] = await Promise.all([
    import('../store/secret-key.js'),
    import('./test-targets-option.js'),
  ]);
  const testTargets = readTestTargets(values);
  const url = values['database-url'] ?? (values.store === undefined ? io.env.DATABASE_URL : undefined);
  const where = url ? { url } : values.store === MEMORY_STORE ? {} : { path: values.store ?? join(io.cwd, DEFAULT_STORE_DIR) };
  const keys = {
    ...(values['secret-key-file']
      ? { secretKeyFile: values['secret-key-file'] }
      : io.env[SECRET_KEY_ENV]
        ? { secretKey: io.env[SECRET_KEY_ENV] }
        : {}),
    allowPlaintextSecrets: values['allow-plaintext-secrets'] === true,
    onNotice: (message: string) => io.err(`ddl-profiles: ${message}`),
  };
  // Loaded here, not at start-up: the store's modules (Kysely, PGlite, pg) are most of the
  // CLI's start-up time, and --version, --help and resolve --profiles never need them.
  const { openCatalog } = await import('../catalog/index.js');
  const unknownConnectors = unknownConnectorsOption(values['unknown-connectors']);
  const catalog = await openCatalog({
    ...where,
    ...keys,
    ...(values.tenant ? { tenant: values.tenant } : {}),
    ...(testTargets ? { testTargets } : {}),
    ...(unknownConnectors ? { unknownConnectors } : {}),
  }).catch((error: unknown) => {
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
