import type { ProfileDefinition, ResolveResult } from '../../index.js';
import { readEnvFile, readInput, readJson, type CliIo } from '../cli-io.js';
import { parseOptions } from '../parse-options.js';
import { renderResolveText } from '../render-resolve.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { unknownConnectorsFlag, unknownConnectorsOption } from '../unknown-connectors-option.js';
import { UsageError } from '../usage-error.js';

/** `ddl-profiles resolve --help`. */
export const RESOLVE_USAGE = `usage: ddl-profiles resolve FILE.sql [--profiles PROFILES.json] [--env-file ENV] [--show-secrets] [--no-columns] [--json]
                                   [--store DIR|:memory: | --database-url URL] [--tenant NAME] [--import PROFILES.json] [--register]
                                   [--unknown-connectors error|passthrough]

Resolves every CREATE TABLE in FILE.sql (- for standard input) into a validated connector config.
Profiles come from --profiles (a JSON array of {name, connector, config, overridable?}),
or else from the store (--store, --database-url, $DATABASE_URL, default ./.ddl-profiles);
--import first saves the profiles of a file into the store, all or nothing.
--unknown-connectors passthrough lets a table of a connector nobody registered pass through
untouched (with a CONNECTOR_NOT_REGISTERED warning) instead of failing as UNKNOWN_CONNECTOR.
Exit status: 0 when there are no errors, 1 when there are, 2 on a usage error.`;

/**
 * The profiles of a `--profiles` file: a JSON array (or `{ profiles: [...] }`, or Arroyo's `{ data: [...] }`) of
 * `{name, connector, config, overridable?}`; anything else is a usage error.
 *
 * @example
 * ```ts
 * const profiles = profilesFrom(await readJson('profiles.json'), 'profiles.json');
 * ```
 */
export function profilesFrom(json: unknown, path: string): ProfileDefinition[] {
  const list = Array.isArray(json) ? json : ((json as { profiles?: unknown })?.profiles ?? (json as { data?: unknown })?.data);
  if (
    !Array.isArray(list) ||
    !list.every((p) => typeof p?.name === 'string' && typeof p?.connector === 'string' && typeof p?.config === 'object')
  ) {
    throw new UsageError(`${path} must hold a JSON array of profiles, each {name, connector, config, overridable?}`);
  }
  return list as ProfileDefinition[];
}

/**
 * `ddl-profiles resolve FILE.sql …`: prints the resolved tables as text (default) or
 * JSON (`--json`), secrets redacted unless `--show-secrets`. Returns the exit code.
 *
 * @example
 * ```ts
 * const code = await resolveCommand(['fixtures/orders.sql', '--profiles', 'fixtures/profiles.json'], processIo());
 * ```
 */
export async function resolveCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    profiles: { type: 'string' },
    'env-file': { type: 'string' },
    'show-secrets': { type: 'boolean' },
    'no-columns': { type: 'boolean' },
    json: { type: 'boolean' },
    register: { type: 'boolean' },
    import: { type: 'string' },
    ...unknownConnectorsFlag,
    ...storeOptions,
  });
  if (positionals.length !== 1) throw new UsageError(`expected one FILE.sql\n${RESOLVE_USAGE}`);
  const [file] = positionals;
  const sql = await readInput(file);
  const env = values['env-file'] ? await readEnvFile(values['env-file']) : {};
  const showSecrets = values['show-secrets'] === true;
  const parseColumns = values['no-columns'] !== true;
  const unknownConnectors = unknownConnectorsOption(values['unknown-connectors']);

  const { redactResult, resolve } = await import('../../resolve/index.js');
  let result: ResolveResult;
  if (values.profiles !== undefined) {
    if (values.register || values.import)
      throw new UsageError('--register and --import use the store; they cannot be used with --profiles');
    const profiles = profilesFrom(await readJson(values.profiles), values.profiles);
    result = await resolve(sql, { profiles, env, showSecrets, parseColumns, ...(unknownConnectors ? { unknownConnectors } : {}) });
  } else {
    const seed = values.import === undefined ? [] : profilesFrom(await readJson(values.import), values.import);
    result = await withCatalog(values, io, async (catalog) => {
      if (seed.length > 0) await catalog.profiles.createMany(seed);
      return catalog.resolve(sql, { env, showSecrets, parseColumns, register: values.register === true });
    });
  }
  const shown = showSecrets ? result : redactResult(result);
  if (values.json) {
    io.out(JSON.stringify(shown, null, 2));
  } else {
    io.out(renderResolveText(file === '-' ? '<stdin>' : file, shown));
    if (values.register === true) {
      io.out(
        result.errors.length > 0 ? 'nothing registered: the script has errors' : `registered ${result.tables.length} table(s) in the store`,
      );
    }
  }
  return result.errors.length > 0 ? 1 : 0;
}
