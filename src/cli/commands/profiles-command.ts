import type { Catalog } from '../../index.js';
import { MAX_TEST_DEADLINE_MS } from '../../testing/test-result.js';
import { pageToWire, profileToWire } from '../../http/wire-format.js';
import { readEnvFile, readJson, readJsonArgument, type CliIo } from '../cli-io.js';
import { jsonText } from '../json-output.js';
import { wholeNumberOption } from '../number-option.js';
import { parseOptions } from '../parse-options.js';
import { asBody } from '../profile-body.js';
import { renderProfile } from '../render-profile.js';
import { profilesApply } from './profiles-apply.js';
import { runAndPrint } from './test-command.js';
import { storeOptions, withCatalog } from '../store-options.js';
import { testTargetsOptions } from '../test-targets-option.js';
import { UsageError } from '../usage-error.js';
import { PROFILES_USAGE } from '../usage.js';

const options = {
  ...storeOptions,
  json: { type: 'boolean' },
  name: { type: 'string' },
  connector: { type: 'string' },
  config: { type: 'string' },
  overridable: { type: 'string' },
  description: { type: 'string' },
  version: { type: 'string' },
  limit: { type: 'string' },
  offset: { type: 'string' },
  'show-secrets': { type: 'boolean' },
  test: { type: 'boolean' },
  'deadline-ms': { type: 'string' },
  'env-file': { type: 'string' },
  prune: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'detailed-exitcode': { type: 'boolean' },
  ...testTargetsOptions,
} as const;

function onlyPositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected ${what}\n${PROFILES_USAGE}`);
  return positionals[0];
}

/**
 * `ddl-profiles profiles …`: the profile lifecycle against the store. Returns the exit code.
 *
 * @example
 * ```ts
 * await profilesCommand(['list', '--json'], processIo());
 * ```
 */
export async function profilesCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseOptions(rest, options);
  // With --json, what the REST API answers for the same request (see src/http/wire-format.ts).
  const print = (json: unknown, text: string): void => io.out(values.json ? jsonText(json) : text);
  const overridable = values.overridable
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  // Checked before the store is opened: a usage error costs nothing.
  const deadlineMs = wholeNumberOption(values['deadline-ms'], '--deadline-ms', 1, MAX_TEST_DEADLINE_MS);
  const page = { limit: wholeNumberOption(values.limit, '--limit', 1), offset: wholeNumberOption(values.offset, '--offset') };
  const version = wholeNumberOption(values.version, '--version', 1);
  // The file is read before the store is opened, as the options are checked: a bad file costs nothing.
  const apply =
    action === 'apply'
      ? await profilesApply(
          onlyPositional(positionals, 'FILE'),
          {
            prune: values.prune === true,
            dryRun: values['dry-run'] === true,
            detailedExitcode: values['detailed-exitcode'] === true,
            json: values.json === true,
          },
          io,
        )
      : undefined;

  const actions: Record<string, (catalog: Catalog) => Promise<number>> = {
    create: async (catalog) => {
      const body =
        positionals.length === 1
          ? asBody(await readJson(positionals[0]), positionals[0])
          : asBody(
              {
                name: values.name,
                connector: values.connector,
                config: values.config && (await readJsonArgument(values.config, '--config')),
              },
              'the --name, --connector and --config options',
            );
      const created = await catalog.profiles.create(
        {
          ...body,
          ...(overridable ? { overridable } : {}),
          ...(values.description !== undefined ? { description: values.description } : {}),
        },
        { test: values.test === true },
      );
      print(profileToWire(created), `created ${renderProfile(created)}`);
      return 0;
    },
    list: async (catalog) => {
      const listed = await catalog.profiles.list(page);
      print(
        pageToWire(listed, profileToWire),
        [
          ...listed.items.map((p) => `${p.name}\t${p.connector}\tversion ${p.version}`),
          `${listed.items.length} of ${listed.total} profile(s)`,
        ].join('\n'),
      );
      return 0;
    },
    show: async (catalog) => {
      const profile = await catalog.profiles.get(onlyPositional(positionals, 'NAME'), { showSecrets: values['show-secrets'] === true });
      print(profileToWire(profile), renderProfile(profile));
      return 0;
    },
    update: async (catalog) => {
      const name = onlyPositional(positionals, 'NAME');
      const base = version ?? (await catalog.profiles.get(name)).version;
      const config =
        values.config === undefined ? undefined : ((await readJsonArgument(values.config, '--config')) as Record<string, unknown>);
      const updated = await catalog.profiles.update(name, {
        version: base,
        ...(config ? { config } : {}),
        ...(overridable ? { overridable } : {}),
        ...(values.description !== undefined ? { description: values.description } : {}),
      });
      print(profileToWire(updated), `updated ${renderProfile(updated)}`);
      return 0;
    },
    delete: async (catalog) => {
      const name = onlyPositional(positionals, 'NAME');
      await catalog.profiles.delete(name);
      print({ deleted: name }, `deleted ${name}`);
      return 0;
    },
    test: async (catalog) => {
      const name = onlyPositional(positionals, 'NAME');
      return runAndPrint(
        (onStep) => catalog.profiles.test(name, { onStep, ...(deadlineMs ? { deadlineMs } : {}) }),
        io,
        values.json === true,
      );
    },
    import: async (catalog) => {
      const file = onlyPositional(positionals, 'FILE.json');
      // A JSON array of profile bodies, or the body of Arroyo's GET /v1/connection_profiles: {"data": [...]}.
      const read = await readJson(file);
      const json = Array.isArray(read) ? read : (read as { data?: unknown } | null)?.data;
      if (!Array.isArray(json)) throw new UsageError(`${file} must hold a JSON array of profile bodies, or Arroyo's {"data": [...]}`);
      const created = await catalog.profiles.createMany(json.map((body, i) => asBody(body, `${file}[${i}]`)));
      print(
        pageToWire({ items: created, total: created.length }, profileToWire),
        created.map((p) => `imported ${p.name} (${p.connector})`).join('\n'),
      );
      return 0;
    },
    ...(apply ? { apply } : {}),
  };
  const run = Object.hasOwn(actions, action ?? '') ? actions[action] : undefined;
  if (!run) throw new UsageError(`unknown profiles command '${action ?? ''}'\n${PROFILES_USAGE}`);
  // A live test fills a profile's {{ NAME }} templates from --env-file, as resolve does.
  const env = values['env-file'] ? await readEnvFile(values['env-file']) : undefined;
  return withCatalog(values, io, (catalog) => run(env ? catalog.withEnv(env) : catalog));
}
