import { type Dialect, fromArroyoProfileConfig, isCanonicalProfileConfig, type ConnectorRegistry } from '../connectors/index.js';
import { DdlProfilesError, parseError, tooManyOptions, tooManyStatements, wrongArgumentType } from '../errors/index.js';
import { rewriteWith, StatementReader, type ParsedStatement, type ParseOptions, type TableDefinition } from '../sql/index.js';
import type { ProfileDefinition, ProfileSource } from '../store/profile-source.js';
import { realOptions } from './assemble-merged.js';
import { checkColumnRules, columnProblems } from './column-checks.js';
import { checkPartitions, ignoredPartitions } from './partition-checks.js';
import { dialectProblems } from './dialect-problems.js';
import { dialectOption } from './dialect-option.js';
import { builtInRegistry } from './built-in-registry.js';
import { flinkEngineOptions, missingOptionErrors } from './flink-engine-options.js';
import { type Diagnostic, diagnosticAt, type Warning } from './diagnostic.js';
import { engineOptions } from './engine-options.js';
import { mergeTable } from './merge-table.js';
import type { Position } from './position.js';
import { CONNECTOR_KEY, PROFILE_KEY, type TableInput } from './table-input.js';
import type { ResolvedTable, ResolveResult } from './resolved-table.js';
import { isMemoryTable, memoryTableProblems } from './memory-table-checks.js';
import { createdAgain, profileNotResolved, tableWarnings, unsaidWarnings } from './statement-warnings.js';
import { staticProfiles } from './static-profile-source.js';
import type { TemplateEnv } from './template.js';
import { type SecretsMode, secretsModeOption } from './secrets-mode.js';
import { untemplatedSecrets } from './template-secrets.js';
import { unknownConnectorsOption, unregisteredPassthrough, type UnknownConnectors } from './unknown-connectors.js';

/**
 * Options of {@link resolve}.
 *
 * - `profiles`: a list of profiles, or a {@link ProfileSource} such as a catalog's store.
 * - `env`: the environment for `{{ NAME }}` templates in profile values. Nothing is read
 *   from `process.env` unless you pass it here.
 * - `showSecrets`: put real secret values in `options` and `sql` (the typed `config`
 *   always holds them).
 * - `secrets` (default `redact`): with `template`, each templated profile value is
 *   written into `options`, `config` and `sql` as its `{{ NAME }}` template, unfilled, for
 *   Arroyo to fill at run time, and a secret held as a value is `SECRET_NOT_TEMPLATED`
 *   (see {@link SecretsMode}).
 * - `parseColumns`: set false to leave the column lists unread, for planners that read
 *   columns themselves; `columns` is then null, and the rules checked against columns
 *   are skipped (`columnRules: 'skipped'` in the result).
 * - `maxStatements` (default {@link DEFAULT_LIMITS}`.maxStatements`, 100,000): a script with
 *   more statements is refused whole with one `TOO_MANY_STATEMENTS` error, at the first
 *   statement past the limit, before any profile is fetched.
 * - `maxOptionsPerTable` (default 10,000): a table with more WITH options is not merged;
 *   it gets one `TOO_MANY_OPTIONS` error, at the first option past the limit.
 * - `unknownConnectors` (default `error`): what a table of a connector nobody registered
 *   gets: `UNKNOWN_CONNECTOR`, or with `passthrough` it passes through untouched with a
 *   `CONNECTOR_NOT_REGISTERED` warning (unless it names a `connection_profile`); see
 *   {@link UnknownConnectors}.
 * - `dialect` (default `arroyo`): the SQL the script is written in, and so the connectors
 *   its tables name and the DDL written back. With `flink`, tables are Flink SQL tables
 *   (Flink's connectors and keys, `'key' = 'value'` options), resolved against the same
 *   stored profiles, and FLIP-529's `USING CONNECTION name` names a profile too.
 *
 * @example
 * ```ts
 * const options: ResolveOptions = { profiles, env: { KAFKA_PASSWORD: 'hunter2' }, parseColumns: false };
 * const { tables } = await resolve(sql, options);
 * ```
 */
export interface ResolveOptions {
  profiles?: readonly ProfileDefinition[] | ProfileSource;
  env?: TemplateEnv;
  registry?: ConnectorRegistry;
  showSecrets?: boolean;
  secrets?: SecretsMode;
  parseColumns?: boolean;
  maxStatements?: number;
  maxOptionsPerTable?: number;
  unknownConnectors?: UnknownConnectors;
  dialect?: Dialect;
}

/**
 * The bounds {@link resolve} applies unless told otherwise: what one script may ask of it.
 *
 * @example
 * ```ts
 * await resolve(sql, { maxOptionsPerTable: DEFAULT_LIMITS.maxOptionsPerTable * 10 });
 * ```
 */
export const DEFAULT_LIMITS = Object.freeze({ maxStatements: 100_000, maxOptionsPerTable: 10_000 });

function sourceOf(profiles: ResolveOptions['profiles']): ProfileSource {
  if (profiles === undefined) return staticProfiles([]);
  if (Array.isArray(profiles)) return staticProfiles(profiles);
  const source = profiles as Partial<ProfileSource> | null;
  if (typeof source?.fetchProfiles !== 'function' || typeof source.knownNames !== 'function') {
    throw DdlProfilesError.of(wrongArgumentType('profiles', profiles));
  }
  return source as ProfileSource;
}

function canonicalProfile(registry: ConnectorRegistry, profile: ProfileDefinition): ProfileDefinition {
  const connector = registry.get(profile.connector);
  const config = profile.config;
  if (!connector || typeof config !== 'object' || config === null || Array.isArray(config)) return profile;
  // Read, never written: a config in our shape already is used as it is, not copied.
  if (isCanonicalProfileConfig(connector, config as Record<string, unknown>)) return profile;
  return { ...profile, config: fromArroyoProfileConfig(connector, config) };
}

function isConnectorTable(table: TableDefinition): boolean {
  if (table.usingConnection) return true;
  for (const { key } of table.options) if (key === CONNECTOR_KEY || key === PROFILE_KEY) return true;
  return false;
}

/**
 * A parsed table as merge input: its options carry their spans, which are positions. In
 * Flink SQL, FLIP-529's `USING CONNECTION name` names the profile as `connection_profile`
 * would (positioned at the name); a table that says both is told it names it twice.
 */
function tableInput(statement: ParsedStatement, table: TableDefinition, dialect: Dialect): TableInput {
  const input = { name: table.name, position: statement.span, options: table.options, temporary: table.temporary };
  const using = table.usingConnection;
  if (!using || dialect !== 'flink') return input;
  const named = { key: PROFILE_KEY, value: using.name, keySpan: using.clauseSpan, valueSpan: using.nameSpan };
  return { ...input, options: [named, ...table.options] };
}

/** Appends `items` to `target` one by one: most lists here are empty, and a spread call costs even then. */
function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

function byPosition(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/** The caller's choices, read and checked once. */
interface Choices {
  unknownConnectors: UnknownConnectors;
  secrets: SecretsMode;
  dialect: Dialect;
}

/**
 * Resolves every `CREATE TABLE … WITH (connector = …, connection_profile = …)` in a
 * script into a validated connector config. Other statements pass through untouched.
 * All referenced profiles are fetched in one call to the profile source.
 *
 * @example
 * ```ts
 * import { resolve } from 'ddl-profiles';
 * const { tables, errors } = await resolve(
 *   "CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'production-kafka', topic = 'orders', format = 'json');",
 *   { profiles: [{ name: 'production-kafka', connector: 'kafka', config: { bootstrap_servers: 'kafka-broker:9092' } }] },
 * );
 * tables[0].config; // { bootstrap_servers: 'kafka-broker:9092', topic: 'orders', format: 'json', bad_data: 'fail' }
 * ```
 */
export async function resolve(sql: string, options: ResolveOptions = {}): Promise<ResolveResult> {
  if (typeof sql !== 'string') throw DdlProfilesError.of(wrongArgumentType('script', sql));
  const unknownConnectors = unknownConnectorsOption(options.unknownConnectors);
  const secrets = secretsModeOption(options.secrets);
  const dialect = dialectOption(options.dialect);
  const reader = new StatementReader(sql);
  try {
    return await resolveStatements(reader, options, { unknownConnectors, secrets, dialect });
  } finally {
    // Every statement read is whole without the tokens: the next script may reuse their arrays.
    reader.release();
  }
}

/** {@link resolve}'s work on a script's statements, once its tokens are read. */
async function resolveStatements(reader: StatementReader, options: ResolveOptions, chosen: Choices): Promise<ResolveResult> {
  const { unknownConnectors, secrets, dialect } = chosen;
  const registry = options.registry ?? (await builtInRegistry(dialect));
  const parseColumns = options.parseColumns ?? true;
  // Statements are read twice: once for the profile names to fetch in one call (no table
  // is built), then one at a time to merge, so no statement's tree outlives its own table.
  const errors: Diagnostic[] = reader.problems.map((p) => diagnosticAt(parseError(p.syntax), p));
  const warnings: Warning[] = [];
  const result: ResolveResult = { tables: [], passthrough: [], errors, warnings, columnRules: parseColumns ? 'checked' : 'skipped' };

  const maxStatements = options.maxStatements ?? DEFAULT_LIMITS.maxStatements;
  const maxOptions = options.maxOptionsPerTable ?? DEFAULT_LIMITS.maxOptionsPerTable;
  if (reader.count > maxStatements) {
    const at = reader.read(maxStatements).statement.span;
    errors.push(diagnosticAt(tooManyStatements(reader.count, maxStatements), at));
    errors.sort(byPosition);
    return result;
  }

  const referenced = new Set<string>();
  for (let index = 0; index < reader.count; index++) {
    const name = reader.optionValue(index, PROFILE_KEY) ?? (dialect === 'flink' ? reader.connectionName(index) : undefined);
    if (name !== undefined) referenced.add(name);
  }
  const names = [...referenced];
  const source = sourceOf(options.profiles);
  const fetched = names.length > 0 ? await source.fetchProfiles(names) : [];
  // A profile handed in as Arroyo stores it (camelCase, its oneOf variants) is read in our shape.
  const profiles = new Map(fetched.map((p) => [p.name, canonicalProfile(registry, p)]));
  const profileNames = names.some((n) => !profiles.has(n)) ? await source.knownNames() : [];
  const templated = secrets === 'template';
  const context = {
    registry,
    profiles,
    profileNames,
    env: options.env ?? {},
    prepared: new WeakMap(),
    unknownConnectors,
    keepTemplates: templated,
  };
  // Under `template`, every secret written is a template (the others are errors): nothing to redact.
  const showSecrets = templated || options.showSecrets === true;

  const created = new Map<string, number>();
  const parseOptions: ParseOptions = { parseColumns, dialect };
  for (let index = 0; index < reader.count; index++) {
    const { statement, problem } = reader.read(index, parseOptions);
    if (problem) {
      errors.push(diagnosticAt(parseError(problem.syntax), problem));
      continue;
    }
    const table = statement.table;
    if (table && isMemoryTable(table)) {
      const refused = memoryTableProblems(table);
      append(errors, refused);
      if (refused.length === 0) result.passthrough.push({ sql: statement.text, line: statement.span.line });
      continue;
    }
    if (statement.kind !== 'create_table' || !table || !isConnectorTable(table)) {
      if (reader.isBroken(index)) continue;
      result.passthrough.push({ sql: statement.text, line: statement.span.line });
      const written = reader.optionKeyLike(index, PROFILE_KEY);
      if (written !== undefined) warnings.push(profileNotResolved(statement, written));
      continue;
    }
    if (table.options.length > maxOptions) {
      const at = table.options[maxOptions].keySpan;
      errors.push(diagnosticAt(tooManyOptions(table.name, table.options.length, maxOptions), at, table.name));
      continue;
    }
    const unregistered = unknownConnectors === 'passthrough' ? unregisteredPassthrough(table, registry) : undefined;
    if (unregistered) {
      result.passthrough.push({ sql: statement.text, line: statement.span.line });
      warnings.push(unregistered);
      continue;
    }
    const fromColumns = columnProblems(table, dialect);
    const outcome = mergeTable(tableInput(statement, table, dialect), context);
    const misplaced = dialectProblems(table, dialect);
    append(errors, fromColumns.errors);
    append(errors, misplaced);
    append(warnings, fromColumns.warnings);
    if (!outcome.ok) {
      append(errors, outcome.errors);
      continue;
    }
    const merged = outcome.table;
    const columnErrors = table.columns === null ? undefined : checkColumnRules(statement, table, merged);
    const partitionErrors = checkPartitions(table, merged);
    const secretErrors = templated ? untemplatedSecrets(statement, table, merged) : [];
    const ruleErrorCount = (columnErrors?.length ?? 0) + partitionErrors.length + secretErrors.length;
    if (fromColumns.errors.length > 0 || ruleErrorCount > 0 || misplaced.length > 0) {
      if (columnErrors) append(errors, columnErrors);
      append(errors, partitionErrors);
      append(errors, secretErrors);
      continue;
    }
    const shown = showSecrets ? realOptions(merged) : merged.shown;
    const flink = merged.connector.dialect === 'flink' ? flinkEngineOptions(merged, showSecrets) : undefined;
    if (flink && flink.missing.length > 0) {
      // At the table's connector option: the connector is what needs the key.
      const at = table.options.find((option) => option.key === CONNECTOR_KEY)?.keySpan ?? statement.span;
      append(errors, missingOptionErrors(flink.missing, table.name, at));
      continue;
    }
    const engine = flink ?? engineOptions(merged, showSecrets);
    append(warnings, tableWarnings(statement, table, merged));
    append(warnings, unsaidWarnings(statement, table, merged, engine.unsaid));
    append(warnings, ignoredPartitions(table, merged, registry));
    const firstLine = created.get(table.name);
    if (firstLine === undefined) created.set(table.name, statement.span.line);
    else warnings.push(createdAgain(statement, table, firstLine));
    const resolved: ResolvedTable = {
      table: table.name,
      connector: merged.connector.name,
      profile: merged.profile,
      config: merged.config,
      options: shown,
      provenance: merged.provenance,
      sql: rewriteWith(statement, engine.lines),
      sqlOmits: engine.unsaid.map((u) => u.field.key),
      line: statement.span.line,
      column: statement.span.column,
      ifNotExists: table.ifNotExists,
      columns: table.columns,
      primaryKey: table.primaryKey ?? null,
      watermark: table.watermark ?? null,
      columnsText: table.columnsText,
      partitionedBy: table.partitionedBy,
    };
    result.tables.push(resolved);
  }
  errors.sort(byPosition);
  return result;
}
