import { z } from 'zod';
import type { ConfigRule } from './connector-definition.js';
import { field } from './field-info.js';
import { columnName, dataSize, interval } from './value-schemas.js';

/**
 * Every `format` Arroyo's planner knows (`Format::from_opts`). `protobuf` is among them
 * but refused in DDL, as Arroyo refuses it.
 *
 * @example
 * ```ts
 * TABLE_FORMATS.includes('debezium_json'); // true
 * ```
 */
export const TABLE_FORMATS = ['json', 'debezium_json', 'avro', 'parquet', 'protobuf', 'raw_string', 'raw_bytes'] as const;

/**
 * One of {@link TABLE_FORMATS}.
 *
 * @example
 * ```ts
 * const format: TableFormat = 'json';
 * ```
 */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/**
 * How a connector's table takes the options every table takes.
 *
 * - `formats`: the formats it reads or writes (all of {@link TABLE_FORMATS} by default);
 * - `formatRequired`: a table without `format` is refused (Arroyo's "'format' must be set");
 * - `compressedJson`: `json.compression` may be other than `uncompressed` (Arroyo allows
 *   that for the filesystem connector only).
 *
 * @example
 * ```ts
 * const settings: TableOptionSettings = { formatRequired: true };
 * ```
 */
export interface TableOptionSettings {
  formats?: readonly TableFormat[];
  formatRequired?: boolean;
  compressedJson?: boolean;
}

/**
 * The options every table takes, whatever its connector, and the rules between them: a
 * zod shape to spread into a connector's table schema, and rules for its `tableRules`.
 *
 * @example
 * ```ts
 * const common = commonTableOptions({ formatRequired: true });
 * const table = z.strictObject({ topic: z.string(), ...common.shape });
 * defineConnector({ name: 'queue', description: 'a queue', profile: z.strictObject({}), table, tableRules: [...common.rules] });
 * ```
 */
export type CommonTableOptions = ReturnType<typeof commonTableOptions>;

const JSON_FORMATS: readonly string[] = ['json', 'debezium_json'];

/** The keys below a format's own group apply only to that format. */
const FORMAT_GROUPS: ReadonlyArray<{ group: string; formats: readonly string[]; words: string }> = [
  { group: 'json', formats: JSON_FORMATS, words: "'json' or 'debezium_json'" },
  { group: 'avro', formats: ['avro'], words: "'avro'" },
  { group: 'parquet', formats: ['parquet'], words: "'parquet'" },
];

/** Reports the value at `path` as refused (`INVALID_VALUE`), in `message`'s words. */
function refuseValueAt(context: z.RefinementCtx, path: string[], message: string): void {
  context.addIssue({ code: 'custom', path, message, params: { code: 'INVALID_VALUE' } });
}

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.keys(value) : [];
}

function formatRules(settings: TableOptionSettings): ConfigRule[] {
  const groups: ConfigRule = (config, context) => {
    const format = config.format;
    for (const { group, formats, words } of FORMAT_GROUPS) {
      if (typeof format === 'string' && formats.includes(format)) continue;
      for (const key of keysOf(config[group])) {
        refuseValueAt(
          context,
          [group, key],
          `${group}.${key} applies only when format is ${words}${format === undefined ? ', and this table sets no format' : ''}`,
        );
      }
    }
    const framing = config.framing as { method?: unknown; newline?: unknown } | undefined;
    if (framing && framing.method !== 'newline') {
      for (const key of keysOf(framing.newline))
        refuseValueAt(context, ['framing', 'newline', key], `framing.newline.${key} applies only when framing is 'newline'`);
    }
  };
  const arroyoLimits: ConfigRule = (config, context) => {
    const json = (config.json ?? {}) as Record<string, unknown>;
    if (config.format === 'protobuf')
      refuseValueAt(context, ['format'], 'format: Protobuf is not yet supported in CREATE TABLE statements');
    if (json.confluent_schema_registry === true && json.include_schema === true) {
      refuseValueAt(
        context,
        ['json', 'include_schema'],
        'at most one of `json.confluent_schema_registry` and `json.include_schema` may be set',
      );
    }
    if (!settings.compressedJson && json.compression !== undefined && json.compression !== 'uncompressed') {
      refuseValueAt(context, ['json', 'compression'], "'json.compression' is only supported for the filesystem connector");
    }
    if (config.format === 'debezium_json' && config.event_time_field !== undefined) {
      refuseValueAt(context, ['event_time_field'], "can't use event_time_field with update mode (format 'debezium_json')");
    }
  };
  return [groups, arroyoLimits];
}

/** The options that do not depend on a connector's settings: built once, shared by every connector (zod schemas are immutable). */
let shared: ReturnType<typeof buildSharedShape> | undefined;

function buildSharedShape() {
  return {
    json: z
      .strictObject({
        confluent_schema_registry: z.boolean().optional(),
        include_schema: z.boolean().optional(),
        unstructured: z.boolean().optional(),
        timestamp_format: z.enum(['RFC3339', 'UnixMillis', 'unix_millis']).optional(),
        decimal_encoding: z.enum(['number', 'string', 'bytes']).optional(),
        compression: z.enum(['uncompressed', 'gzip']).optional(),
      })
      .optional(),
    avro: z
      .strictObject({
        confluent_schema_registry: z.boolean().optional(),
        raw_datums: z.boolean().optional(),
        into_unstructured_json: z.boolean().optional(),
      })
      .optional(),
    parquet: z
      .strictObject({
        compression: z.enum(['uncompressed', 'snappy', 'gzip', 'zstd', 'lz4', 'lz4_raw']).optional(),
        row_group_size: dataSize().optional(),
      })
      .optional(),
    framing: z
      .strictObject({
        method: field(z.enum(['newline']), { sqlKey: 'framing' }).optional(),
        newline: z.strictObject({ max_length: z.number().int().nonnegative().optional() }).optional(),
      })
      .optional(),
    bad_data: z.enum(['fail', 'drop']).default('fail'),
    event_time_field: columnName().optional(),
    watermark_field: columnName().optional(),
    idle_micros: z.number().int().nonnegative().optional(),
    lookup: z
      .strictObject({
        cache: z.strictObject({ max_bytes: z.number().int().nonnegative().optional(), ttl: interval().optional() }).optional(),
      })
      .optional(),
  };
}

function sharedShape(): ReturnType<typeof buildSharedShape> {
  shared ??= buildSharedShape();
  return shared;
}

/**
 * Builds the options every table takes (`crates/arroyo-rpc/src/formats.rs` and
 * `crates/arroyo-planner/src/tables.rs`): `format` and its `json.*`, `avro.*`,
 * `parquet.*`; `framing` and `framing.newline.max_length`; `bad_data` (default `fail`);
 * `event_time_field`, `watermark_field`, `idle_micros`; `lookup.cache.max_bytes` and
 * `lookup.cache.ttl`. Each SQL key is Arroyo's, and the config path joins to it (`framing`
 * itself is `framing.method` in the config, beside `framing.newline`).
 *
 * @example
 * ```ts
 * const common = commonTableOptions({ formatRequired: true });
 * const table = z.strictObject({ topic: z.string().min(1), ...common.shape });
 * table.parse({ topic: 'orders', format: 'json', json: { unstructured: true } });
 * ```
 */
export function commonTableOptions(settings: TableOptionSettings = {}) {
  const formats = z.enum((settings.formats ?? TABLE_FORMATS) as [TableFormat, ...TableFormat[]]);
  const shape = { format: settings.formatRequired ? formats : formats.optional(), ...sharedShape() };
  return { shape, rules: formatRules(settings) as readonly ConfigRule[] };
}
