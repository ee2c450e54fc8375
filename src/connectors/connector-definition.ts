import type { z } from 'zod';
import type { ConnectorTester, TestContext, TesterInput } from '../testing/index.js';
import type { ColumnRule } from './column-rule.js';
import { describeFields, type ConfigField } from './config-field.js';
import { configValidator, type ConfigValidator } from './config-validator.js';
import type { Dialect } from './dialect.js';
import { connectorJsonSchema } from './connector-json-schema.js';
import { TABLE_ENGINE_KEYS } from './engine-keys.js';
import { FieldIndex } from './field-index.js';
import type { PartitionRule } from './partition-rule.js';

/**
 * A cross-field rule: it reads a config and reports problems through zod's refinement
 * context. It also runs when single fields failed their checks, so it must not assume
 * their types. Set `params.code` to a diagnostic code (`MISSING_OPTION`,
 * `INVALID_VALUE`, or `UNKNOWN_OPTION` with `params.suggestion`, the closest known key)
 * and `path` to the offending field's config path (a map entry: `['properties', 'sasl.mechansim']`).
 *
 * @example
 * ```ts
 * const sinkNeedsPrefix: ConfigRule = (config, context) => {
 *   if (config.type !== 'sink' || config.key_prefix !== undefined) return;
 *   context.addIssue({ code: 'custom', path: ['key_prefix'], message: 'target.key_prefix is required for a sink',
 *     params: { code: 'MISSING_OPTION' } });
 * };
 * ```
 */
export type ConfigRule<T = Record<string, unknown>> = (config: T, context: z.RefinementCtx) => void;

/**
 * Lists, live, the values a table of the connector may name, by table key (a Kafka
 * cluster's topics under `topic`). It runs like a tester: steps, bounded by the test's
 * deadline and abort signal, cleanups always run.
 *
 * @example
 * ```ts
 * const topics: ConnectorAutocomplete = async ({ profile }, context) =>
 *   ({ topic: await context.step('topics', async () => ({ message: 'listed', value: ['orders'] })) });
 * ```
 */
export type ConnectorAutocomplete<P = any> = (input: TesterInput<P>, context: TestContext) => Promise<Record<string, string[]>>;

/**
 * A kind of table a connector makes: Arroyo's `source` and `sink` flags, and `lookup`
 * where it has a lookup operator (a `CREATE TEMPORARY TABLE` joined against).
 *
 * @example
 * ```ts
 * const roles: readonly ConnectorRole[] = ['sink', 'lookup']; // redis
 * ```
 */
export type ConnectorRole = 'source' | 'sink' | 'lookup';

/**
 * Reads one value of a validated config side by its canonical key (`bootstrap_servers`,
 * `authentication.password`, `format`): undefined when unset. Values are real, secrets
 * included: an {@link EngineOption} built from a secret says so, and is redacted when written.
 *
 * @example
 * ```ts
 * const read: ConfigReader = (key) => ({ bootstrap_servers: 'kafka-1:9092' } as Record<string, unknown>)[key];
 * read('bootstrap_servers'); // 'kafka-1:9092'
 * ```
 */
export type ConfigReader = (key: string) => unknown;

/**
 * One option of a rewritten statement, its value as plain text (the dialect's writer
 * quotes it): `{ key: 'properties.bootstrap.servers', value: 'kafka-1:9092' }`. One built
 * from a secret (a JAAS line holding the password) is `sensitive`: it is written as
 * `********` unless the caller asked for secrets.
 *
 * @example
 * ```ts
 * const jaas = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";';
 * const option: EngineOption = { key: 'properties.sasl.jaas.config', value: jaas, sensitive: true };
 * ```
 */
export interface EngineOption {
  key: string;
  value: string;
  sensitive?: boolean;
}

/**
 * A key the rewritten statement must hold, written by the profile or by the table: always
 * (a key alone), or when `because` gives a reason for this table's config (Flink Kafka's
 * `properties.group.id`, for a source reading committed offsets). The reason is the
 * MISSING_OPTION's message.
 *
 * @example
 * ```ts
 * const requirements: EngineRequirement[] = [
 *   'properties.bootstrap.servers',
 *   { key: 'properties.group.id', because: (config) => (config['scan.startup.mode'] === 'group-offsets' ? 'committed offsets need a group' : undefined) },
 * ];
 * ```
 */
export type EngineRequirement = string | { key: string; because: (config: Readonly<Record<string, unknown>>) => string | undefined };

/**
 * Whether a profile owns a table's key, a key the connector writes from the profile
 * (Flink's `properties.sasl.jaas.config`): `endpoint` when it says where credentials go,
 * `owned` for another connection setting, undefined when the table may set it.
 *
 * @example
 * ```ts
 * const owns: ProfileOwnership = (key) => (key === 'url' ? 'endpoint' : key === 'password' ? 'owned' : undefined);
 * ```
 */
export type ProfileOwnership = (key: string) => 'endpoint' | 'owned' | undefined;

/**
 * Everything a connector declares. The profile and table schemas are zod objects in
 * nested snake_case; their fields, SQL keys and sensitivity are derived from them.
 *
 * @example
 * ```ts
 * const spec: ConnectorSpec = {
 *   name: 'webhook',
 *   description: 'HTTP POST sink',
 *   roles: ['sink'],
 *   profile: z.strictObject({ endpoint: field(z.url(), { endpoint: true }), token: secret(z.string()).optional() }),
 *   table: z.strictObject({ format: z.enum(['json']) }),
 * };
 * ```
 */
export interface ConnectorSpec {
  name: string;
  description: string;
  /** The dialect whose tables it resolves (default `arroyo`); see {@link Dialect}. */
  dialect?: Dialect;
  /**
   * The connector its profiles name, when not its own name: Flink's `upsert-kafka` tables
   * take `kafka` profiles. A table's profile must name this connector.
   */
  profileConnector?: string;
  /**
   * Writes the profile side of a table as the engine's options, where they are not one
   * key per field (Flink builds `properties.sasl.jaas.config` from three fields). It reads
   * the profile side and the table side (a format decides the schema registry's keys).
   */
  profileOptions?: (profile: ConfigReader, table: ConfigReader) => EngineOption[];
  /**
   * Every table key {@link profileOptions} reads (a Kafka table's `format`, `key.format`,
   * `value.format`): said, the options are written once per profile and values of those
   * keys, and shared by the tables that have them. Unsaid, they are written per table.
   */
  profileOptionsRead?: readonly string[];
  /** The table keys {@link profileOptions} writes, which a table of a profile may set only as `overridable` allows. */
  profileOwns?: ProfileOwnership;
  /**
   * The profile's key that stands for a table key it owns, as a profile's `overridable`
   * names it (Flink Kafka's `properties.ssl.truststore.type` is the profile's
   * `connection_properties.ssl.truststore.type`, so `connection_properties.*` lets tables
   * set it). Unsaid, or undefined for a key, the table key itself.
   */
  overridableAs?: (key: string) => string | undefined;
  /**
   * Keys the rewritten statement must hold, written by the profile or by the table
   * (Flink Kafka's `properties.bootstrap.servers`), some only for some tables (see
   * {@link EngineRequirement}): a statement without one is `MISSING_OPTION`.
   */
  engineRequires?: readonly EngineRequirement[];
  /**
   * Keys of the other dialect's connector by the same name, each with this connector's
   * key for the same setting (null when it has none): a table that writes one is told so.
   */
  otherDialectKeys?: Readonly<Record<string, string | null>>;
  /** The kinds of table it makes; a connector that does not say is taken to be a source and a sink. */
  roles?: readonly ConnectorRole[];
  /**
   * Whether a table may take its connection settings from a profile (Arroyo gives the
   * connector a `profile.json`). Defaults to whether the profile schema has any field.
   */
  takesProfile?: boolean;
  profile: z.ZodObject;
  table: z.ZodObject;
  profileRules?: readonly ConfigRule[];
  tableRules?: readonly ConfigRule[];
  /**
   * The metadata fields the connector gives a `METADATA FROM '…'` column, with their
   * column type (Arroyo's `metadata_defs`): `{ topic: 'TEXT' }`. None when absent, as in
   * Arroyo, so that any metadata column of such a table is an error.
   */
  metadataFields?: Readonly<Record<string, string>>;
  /** Rules checked against the table's columns (see {@link ColumnRule}). */
  columnRules?: readonly ColumnRule[];
  /** How it reads the statement's `PARTITIONED BY (…)` clause (see {@link PartitionRule}); none: it takes the clause as it is. */
  partitionRule?: PartitionRule;
  /**
   * The WITH keys Arroyo's planner reads for this connector beyond {@link TABLE_ENGINE_KEYS}:
   * the keys its `from_options` pulls (`crates/arroyo-connectors/src/<name>/mod.rs`),
   * written down by hand. A rewritten statement uses these keys alone.
   */
  engineKeys?: readonly string[];
  /**
   * What a valid config implies without saying it, written into the parsed config of one
   * side so that the config, and the statement rewritten from it, say it explicitly
   * (Kafka: `authentication.type = 'sasl'` when SASL is configured). It mutates `config`.
   */
  derive?: (level: 'profile' | 'table', config: Record<string, unknown>) => void;
  /** Tests a validated config against the live system; see `src/testing`. */
  tester?: ConnectorTester;
  /** Lists values for table keys from the live system; see {@link ConnectorAutocomplete}. */
  autocomplete?: ConnectorAutocomplete;
}

/**
 * The JSON Schemas of a connector, input side, with `sensitive: true` on secret fields.
 *
 * @example
 * ```ts
 * const { profile, table } = kafkaConnector.jsonSchemas();
 * Object.keys(table.properties as object); // ['topic', 'format', …]
 * ```
 */
export interface ConnectorJsonSchemas {
  profile: Record<string, unknown>;
  table: Record<string, unknown>;
}

/**
 * A registered connector: its spec plus what is derived from it once.
 *
 * @example
 * ```ts
 * const webhook = defineConnector(spec);
 * webhook.fields.match('token')?.field.sensitive; // true
 * ```
 */
export interface Connector extends ConnectorSpec {
  readonly dialect: Dialect;
  readonly profileConnector: string;
  readonly roles: readonly ConnectorRole[];
  readonly takesProfile: boolean;
  readonly fields: FieldIndex;
  readonly sensitiveKeys: readonly string[];
  /** Every WITH key Arroyo's planner reads for this connector: its own and {@link TABLE_ENGINE_KEYS}. */
  readonly engineKeySet: ReadonlySet<string>;
  /** The profile schema with its cross-field rules, ready to `safeParse`. */
  readonly profileValidator: ConfigValidator;
  /** The table schema with its cross-field rules, ready to `safeParse`. */
  readonly tableValidator: ConfigValidator;
  /** The JSON Schemas, generated on first call and shared afterwards: read, do not mutate. */
  jsonSchemas(): ConnectorJsonSchemas;
}

function deriveFields(spec: ConnectorSpec): { fields: FieldIndex; sensitiveKeys: readonly string[] } {
  const all: ConfigField[] = [...describeFields(spec.profile, 'profile'), ...describeFields(spec.table, 'table')];
  const seen = new Set<string>();
  for (const f of all) {
    for (const key of [f.key, ...f.aliases]) {
      if (seen.has(key)) throw new Error(`connector '${spec.name}': the SQL key '${key}' is declared twice`);
      seen.add(key);
    }
  }
  return { fields: new FieldIndex(all), sensitiveKeys: all.filter((f) => f.sensitive).map((f) => f.key) };
}

/**
 * Builds a {@link Connector} from its spec: the field index (keys, aliases,
 * sensitivity) and the validators are derived on first use, once, so that defining (or
 * importing) the 21 built-in connectors costs nothing for the ones a script never
 * names. Key clashes between the profile and table sides are a programming error and
 * throw, at the connector's first use.
 *
 * @example
 * ```ts
 * const registry = createRegistry();
 * registry.register(defineConnector(spec));
 * ```
 */
export function defineConnector(spec: ConnectorSpec): Connector {
  let derived: ReturnType<typeof deriveFields> | undefined;
  let validators: { profile: ConfigValidator; table: ConfigValidator } | undefined;
  let schemas: ConnectorJsonSchemas | undefined;
  const fieldsOf = () => (derived ??= deriveFields(spec));
  const validatorsOf = () =>
    (validators ??= { profile: configValidator(spec.profile, spec.profileRules), table: configValidator(spec.table, spec.tableRules) });
  return {
    ...spec,
    dialect: spec.dialect ?? 'arroyo',
    profileConnector: spec.profileConnector ?? spec.name,
    roles: spec.roles ?? ['source', 'sink'],
    takesProfile: spec.takesProfile ?? Object.keys(spec.profile.shape).length > 0,
    get fields() {
      return fieldsOf().fields;
    },
    get sensitiveKeys() {
      return fieldsOf().sensitiveKeys;
    },
    engineKeySet: new Set([...TABLE_ENGINE_KEYS, ...(spec.engineKeys ?? [])]),
    get profileValidator() {
      return validatorsOf().profile;
    },
    get tableValidator() {
      return validatorsOf().table;
    },
    jsonSchemas: () =>
      (schemas ??= {
        profile: connectorJsonSchema(spec.profile),
        table: connectorJsonSchema(spec.table),
      }),
  };
}

/**
 * Returns a connector with extra profile-level or table-level keys, for planners that
 * accept options of their own.
 *
 * @example
 * ```ts
 * registry.register(extendConnector(kafkaConnector, {
 *   table: { 'watermark_delay': z.string().optional() },
 * }));
 * ```
 */
export function extendConnector(connector: Connector, extra: { profile?: z.ZodRawShape; table?: z.ZodRawShape }): Connector {
  return defineConnector({
    ...connector,
    profile: extra.profile ? connector.profile.extend(extra.profile) : connector.profile,
    table: extra.table ? connector.table.extend(extra.table) : connector.table,
  });
}
