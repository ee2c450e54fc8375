import type { z } from 'zod';
import type { ConfigRule, EngineRequirement } from '../../connector-definition.js';
import { flinkList, isFlinkValue } from '../flink-values.js';
import { usedAs } from '../table-type.js';
import { CHANGELOG_FORMATS, flinkFormatRule } from '../formats/index.js';
import { kafkaPropertiesRule } from './kafka-properties-rule.js';
import { semanticGuarantee } from './kafka-table-schema.js';

/**
 * Whether a format carries a changelog (updates and deletes) rather than inserts only
 * (`CHANGELOG_FORMATS`): a Kafka key format must be insert-only, as must both of an
 * upsert-kafka table's formats, and only these let a `kafka` table declare a PRIMARY KEY.
 *
 * @example
 * ```ts
 * isChangelogFormat('debezium-json'); // true
 * ```
 */
export function isChangelogFormat(format: unknown): boolean {
  return (CHANGELOG_FORMATS as readonly unknown[]).includes(format);
}

function issue(context: z.RefinementCtx, path: readonly string[], code: 'MISSING_OPTION' | 'INVALID_VALUE', message: string): void {
  context.addIssue({ code: 'custom', path: [...path], message, params: { code } });
}

const set = (config: Record<string, unknown>, key: string) => config[key] !== undefined;
const singleTopic = (config: Record<string, unknown>) => !set(config, 'topic-pattern') && flinkList(config.topic).length === 1;

/**
 * Exactly one of `topic` and `topic-pattern` (`validateTopic`, and the source's own check
 * on an upsert-kafka table).
 *
 * @example
 * ```ts
 * // neither → MISSING_OPTION at topic: "Either 'topic' or 'topic-pattern' must be set"
 * ```
 */
export const topicOrPatternRule: ConfigRule = (config, context) => {
  if (set(config, 'topic') && set(config, 'topic-pattern'))
    issue(context, ['topic-pattern'], 'INVALID_VALUE', "Option 'topic' and 'topic-pattern' shouldn't be set together");
  else if (!set(config, 'topic') && !set(config, 'topic-pattern'))
    issue(context, ['topic'], 'MISSING_OPTION', "Either 'topic' or 'topic-pattern' must be set");
};

/**
 * The value format, said once: `format` or `value.format`. Flink requires one, and takes
 * `format` when both are set, ignoring `value.format` and its options without a word.
 *
 * @example
 * ```ts
 * // format = 'json', value.format = 'csv' → INVALID_VALUE at value.format
 * ```
 */
export const valueFormatRule: ConfigRule = (config, context) => {
  if (set(config, 'format') && set(config, 'value.format'))
    issue(
      context,
      ['value.format'],
      'INVALID_VALUE',
      "'format' and 'value.format' are the same option: set one (Flink takes 'format' and ignores 'value.format')",
    );
  else if (!set(config, 'format') && !set(config, 'value.format'))
    issue(context, ['value.format'], 'MISSING_OPTION', "Could not find required format 'value.format' (or 'format')");
};

/**
 * `key.format` and `key.fields` together, with one key field at least
 * (`createKeyFormatProjection`); a key format must be insert-only.
 *
 * @example
 * ```ts
 * // key.format = 'json' alone → MISSING_OPTION at key.fields
 * ```
 */
export const keyFormatRule: ConfigRule = (config, context) => {
  const hasFormat = set(config, 'key.format');
  if (set(config, 'key.fields') && !hasFormat)
    issue(
      context,
      ['key.format'],
      'MISSING_OPTION',
      "The option 'key.fields' can only be declared if a key format is defined using 'key.format'",
    );
  else if (hasFormat && !set(config, 'key.fields'))
    issue(
      context,
      ['key.fields'],
      'MISSING_OPTION',
      "A key format 'key.format' requires the declaration of one or more key fields using 'key.fields'",
    );
  else if (hasFormat && flinkList(config['key.fields']).length === 0)
    issue(context, ['key.fields'], 'INVALID_VALUE', "A key format 'key.format' requires one or more key fields in 'key.fields'");
  if (isChangelogFormat(config['key.format']))
    issue(
      context,
      ['key.format'],
      'INVALID_VALUE',
      `A key format should only deal with INSERT-only records, and '${config['key.format']}' is a changelog format`,
    );
};

/**
 * Both formats of an upsert-kafka table insert-only (`validateFormat`): the table itself
 * makes the changelog from its key.
 *
 * @example
 * ```ts
 * // value.format = 'debezium-json' → INVALID_VALUE at value.format
 * ```
 */
export const upsertFormatsRule: ConfigRule = (config, context) => {
  for (const [key, noun] of [
    ['key.format', 'key'],
    ['value.format', 'value'],
  ] as const)
    if (isChangelogFormat(config[key]))
      issue(
        context,
        [key],
        'INVALID_VALUE',
        `'upsert-kafka' connector doesn't support '${config[key]}' as ${noun} format, because it is not in insert-only mode`,
      );
};

/**
 * A `key.fields-prefix` only with `value.fields-include = 'EXCEPT_KEY'`
 * (`createValueFormatProjection`).
 *
 * @example
 * ```ts
 * // key.fields-prefix = 'k_' alone → MISSING_OPTION at value.fields-include
 * ```
 */
export const keyPrefixRule: ConfigRule = (config, context) => {
  const prefix = config['key.fields-prefix'];
  if (typeof prefix !== 'string' || prefix === '' || isFlinkValue(config['value.fields-include'], 'EXCEPT_KEY')) return;
  issue(
    context,
    ['value.fields-include'],
    set(config, 'value.fields-include') ? 'INVALID_VALUE' : 'MISSING_OPTION',
    "A key prefix is not allowed when option 'value.fields-include' is set to 'ALL'. Set it to 'EXCEPT_KEY' instead to avoid field overlaps",
  );
};

/** What a startup or bounded mode of a source needs, as `validateScanStartupMode` and `validateScanBoundedMode` check it. */
function modeRule(scan: 'startup' | 'bounded', defaultMode: string): ConfigRule {
  const modeKey = `scan.${scan}.mode`;
  return (config, context) => {
    if (!usedAs(config, 'source')) return;
    const mode = config[modeKey] ?? defaultMode;
    if (isFlinkValue(mode, 'timestamp') && !set(config, `scan.${scan}.timestamp-millis`))
      issue(
        context,
        [`scan.${scan}.timestamp-millis`],
        'MISSING_OPTION',
        `'scan.${scan}.timestamp-millis' is required in 'timestamp' ${scan} mode but missing`,
      );
    if (isFlinkValue(mode, 'specific-offsets')) {
      if (!set(config, `scan.${scan}.specific-offsets`))
        issue(
          context,
          [`scan.${scan}.specific-offsets`],
          'MISSING_OPTION',
          `'scan.${scan}.specific-offsets' is required in 'specific-offsets' ${scan} mode but missing`,
        );
      else if (!singleTopic(config))
        issue(context, [modeKey], 'INVALID_VALUE', "Currently Kafka source only supports specific offsets for a single 'topic'");
    }
  };
}

/** The mode a source's scan starts or ends in when its table does not say. */
const DEFAULT_MODES = { startup: 'group-offsets', bounded: 'unbounded' } as const;

/**
 * `properties.group.id`, for a source that starts or ends at committed offsets (`scans`:
 * the modes the connector has, `scan.startup.mode` defaulting to `group-offsets`), as
 * `validateScanStartupMode` and `validateScanBoundedMode` check it. The profile may write
 * it (a `connection_properties` entry) as well as the table: it is asked of the rewritten
 * statement.
 *
 * @example
 * ```ts
 * defineConnector({ ...spec, engineRequires: ['properties.bootstrap.servers', groupIdRequirement(['startup', 'bounded'])] });
 * ```
 */
export function groupIdRequirement(scans: readonly ('startup' | 'bounded')[]): EngineRequirement {
  const modes = scans.map((scan) => ({ key: `scan.${scan}.mode`, otherwise: DEFAULT_MODES[scan] }));
  return {
    key: 'properties.group.id',
    because: (config) => {
      if (!usedAs(config, 'source')) return undefined;
      for (const { key, otherwise } of modes) {
        const mode = config[key] ?? otherwise;
        if (isFlinkValue(mode, 'group-offsets'))
          return `Property group.id is required when using committed offsets (${key} '${String(mode)}'${config[key] === undefined ? ', the default' : ''})`;
      }
      return undefined;
    },
  };
}

/**
 * A Kafka source's `scan.startup.mode` (default `group-offsets`) with what it needs:
 * `scan.startup.timestamp-millis`, or `scan.startup.specific-offsets` (and one topic).
 * The `properties.group.id` committed offsets need is asked of the rewritten statement
 * ({@link groupIdRequirement}), which the profile may give.
 *
 * @example
 * ```ts
 * // scan.startup.mode = 'timestamp' alone → MISSING_OPTION at scan.startup.timestamp-millis
 * ```
 */
export const startupModeRule: ConfigRule = modeRule('startup', DEFAULT_MODES.startup);

/**
 * A source's `scan.bounded.mode` with what it needs, as {@link startupModeRule}.
 *
 * @example
 * ```ts
 * // scan.bounded.mode = 'timestamp' alone → MISSING_OPTION at scan.bounded.timestamp-millis
 * ```
 */
export const boundedModeRule: ConfigRule = modeRule('bounded', DEFAULT_MODES.bounded);

/**
 * An exactly-once sink names its transactions' prefix (`validateDeliveryGuarantee`, and
 * the KafkaSink builder for the deprecated `sink.semantic`, which overrides
 * `sink.delivery-guarantee`, so that both set is refused).
 *
 * @example
 * ```ts
 * // sink.delivery-guarantee = 'exactly-once' alone → MISSING_OPTION at sink.transactional-id-prefix
 * ```
 */
export const deliveryGuaranteeRule: ConfigRule = (config, context) => {
  if (!usedAs(config, 'sink')) return;
  if (set(config, 'sink.semantic') && set(config, 'sink.delivery-guarantee'))
    issue(
      context,
      ['sink.semantic'],
      'INVALID_VALUE',
      "'sink.semantic' is the deprecated spelling of 'sink.delivery-guarantee', and overrides it: set one",
    );
  const guarantee = set(config, 'sink.semantic') ? semanticGuarantee(config['sink.semantic']) : config['sink.delivery-guarantee'];
  if (isFlinkValue(guarantee, 'exactly-once') && !set(config, 'sink.transactional-id-prefix'))
    issue(
      context,
      ['sink.transactional-id-prefix'],
      'MISSING_OPTION',
      'sink.transactional-id-prefix must be specified when using DeliveryGuarantee.EXACTLY_ONCE',
    );
};

/**
 * A sink's `round-robin` partitioner only without `key.fields` (`validateSinkPartitioner`).
 *
 * @example
 * ```ts
 * // sink.partitioner = 'round-robin', key.fields = 'id' → INVALID_VALUE at sink.partitioner
 * ```
 */
export const partitionerRule: ConfigRule = (config, context) => {
  if (usedAs(config, 'sink') && config['sink.partitioner'] === 'round-robin' && set(config, 'key.fields'))
    issue(
      context,
      ['sink.partitioner'],
      'INVALID_VALUE',
      "Currently 'round-robin' partitioner only works when option 'key.fields' is not specified",
    );
};

/** Whether a valid Flink duration is longer than a millisecond's fraction (`toMillis() > 0`). */
function positiveMillis(text: string): boolean {
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,9}))?S)?)?$/i.exec(text.trim());
  if (iso) {
    const [, d, h, m, s, fraction = ''] = iso;
    return [d, h, m, s].some((part) => Number(part ?? 0) > 0) || Number(fraction.padEnd(9, '0').slice(0, 3)) > 0;
  }
  const match = /^\s*(\d+)\s*([a-zµ]*)\s*$/i.exec(text);
  if (!match) return false;
  const amount = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (/^(?:µs|micros?|microseconds?)$/.test(unit)) return amount >= 1_000;
  if (/^(?:ns|nanos?|nanoseconds?)$/.test(unit)) return amount >= 1_000_000;
  return amount > 0;
}

/**
 * An upsert-kafka sink buffers only with both `sink.buffer-flush.max-rows` and
 * `sink.buffer-flush.interval` above zero (`validateSinkBufferFlush`).
 *
 * @example
 * ```ts
 * // sink.buffer-flush.max-rows = '100' alone → MISSING_OPTION at sink.buffer-flush.interval
 * ```
 */
export const bufferFlushRule: ConfigRule = (config, context) => {
  if (!usedAs(config, 'sink')) return;
  const rows = config['sink.buffer-flush.max-rows'];
  const interval = config['sink.buffer-flush.interval'];
  const rowsOn = typeof rows === 'string' && Number(rows) > 0;
  const intervalOn = typeof interval === 'string' && positiveMillis(interval);
  if (rowsOn === intervalOn) return;
  const off = rowsOn ? 'sink.buffer-flush.interval' : 'sink.buffer-flush.max-rows';
  issue(
    context,
    [off],
    set(config, off) ? 'INVALID_VALUE' : 'MISSING_OPTION',
    "'sink.buffer-flush.max-rows' and 'sink.buffer-flush.interval' must be set to be greater than zero together to enable sink buffer flushing",
  );
};

/**
 * Every cross-field rule of a Flink `kafka` table, with its formats' and its
 * `properties.*` keys' (the Kafka client's names and values, which Flink passes through).
 *
 * @example
 * ```ts
 * defineConnector({ ...spec, tableRules: FLINK_KAFKA_TABLE_RULES });
 * ```
 */
export const FLINK_KAFKA_TABLE_RULES: readonly ConfigRule[] = [
  topicOrPatternRule,
  valueFormatRule,
  keyFormatRule,
  keyPrefixRule,
  startupModeRule,
  boundedModeRule,
  deliveryGuaranteeRule,
  partitionerRule,
  flinkFormatRule(['', 'value.', 'key.']),
  kafkaPropertiesRule,
];

/**
 * Every cross-field rule of a Flink `upsert-kafka` table, with its formats' and its
 * `properties.*` keys'.
 *
 * @example
 * ```ts
 * defineConnector({ ...spec, tableRules: FLINK_UPSERT_KAFKA_TABLE_RULES });
 * ```
 */
export const FLINK_UPSERT_KAFKA_TABLE_RULES: readonly ConfigRule[] = [
  topicOrPatternRule,
  upsertFormatsRule,
  keyPrefixRule,
  boundedModeRule,
  deliveryGuaranteeRule,
  bufferFlushRule,
  flinkFormatRule(['value.', 'key.']),
  kafkaPropertiesRule,
];
