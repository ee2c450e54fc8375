import type { ProfileDefinition, ResolveResult } from '../../index.js';
import { readEnvFile, readInput, readJson, type CliIo } from '../cli-io.js';
import { jsonText } from '../json-output.js';
import { parseOptions } from '../parse-options.js';
import { renderResolveText } from '../render-resolve.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { secretsModeOption } from '../../resolve/secrets-mode.js';
import { libraryOption } from '../library-option.js';
import { dialectFlag, dialectFlagValue } from '../dialect-flag.js';
import { unknownConnectorsFlag, unknownConnectorsOption } from '../unknown-connectors-option.js';
import { UsageError } from '../usage-error.js';
import { RESOLVE_USAGE } from '../usage.js';

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
    secrets: { type: 'string' },
    'no-columns': { type: 'boolean' },
    json: { type: 'boolean' },
    register: { type: 'boolean' },
    import: { type: 'string' },
    ...unknownConnectorsFlag,
    ...dialectFlag,
    ...storeOptions,
  });
  if (positionals.length !== 1) throw new UsageError(`expected one FILE.sql\n${RESOLVE_USAGE}`);
  const [file] = positionals;
  const dialect = dialectFlagValue(values.dialect);
  const sql = await readInput(file);
  const env = values['env-file'] ? await readEnvFile(values['env-file']) : {};
  const showSecrets = values['show-secrets'] === true;
  const parseColumns = values['no-columns'] !== true;
  const unknownConnectors = unknownConnectorsOption(values['unknown-connectors']);
  const secrets = libraryOption(() => secretsModeOption(values.secrets, '--secrets'));

  const { builtInRegistry, redactResult, resolve } = await import('../../resolve/index.js');
  const how = { env, showSecrets, secrets, parseColumns, dialect };
  let result: ResolveResult;
  if (values.profiles !== undefined) {
    if (values.register || values.import)
      throw new UsageError('--register and --import use the store; they cannot be used with --profiles');
    const profiles = profilesFrom(await readJson(values.profiles), values.profiles);
    result = await resolve(sql, { profiles, ...how, ...(unknownConnectors ? { unknownConnectors } : {}) });
  } else {
    const seed = values.import === undefined ? [] : profilesFrom(await readJson(values.import), values.import);
    result = await withCatalog(values, io, async (catalog) => {
      if (seed.length > 0) await catalog.profiles.createMany(seed);
      return catalog.resolve(sql, { ...how, register: values.register === true });
    });
  }
  // The CLI's catalog has the built-in connectors: those of the dialect redact its tables.
  const shown = showSecrets ? result : redactResult(result, await builtInRegistry(dialect), secrets);
  if (values.json) {
    io.out(jsonText(shown));
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
