import type { ColumnInfo, ColumnIssue, ColumnRule } from '../../column-rule.js';
import { flinkList, isFlinkValue } from '../flink-values.js';
import { rawFormatColumnRule } from '../formats/index.js';
import { usedAs } from '../table-type.js';
import { isChangelogFormat } from './kafka-table-rules.js';

/**
 * The metadata a Flink Kafka source reads (`KafkaDynamicSource.ReadableMetadata`), with
 * the column type Flink gives each (a column may declare a type it casts to).
 *
 * @example
 * ```ts
 * FLINK_KAFKA_READABLE_METADATA.offset; // 'BIGINT'
 * ```
 */
export const FLINK_KAFKA_READABLE_METADATA: Readonly<Record<string, string>> = {
  topic: 'TEXT',
  partition: 'INT',
  headers: 'MAP',
  'leader-epoch': 'INT',
  offset: 'BIGINT',
  timestamp: 'TIMESTAMP',
  'timestamp-type': 'TEXT',
};

/**
 * What a sink writes (`KafkaDynamicSink.WritableMetadata`, as Flink 2.2.1's planner lists
 * it): headers and timestamp, and the topic when the table has no single topic.
 */
function writableMetadata(config: Readonly<Record<string, unknown>>): readonly string[] {
  const single = config['topic-pattern'] === undefined && flinkList(config.topic).length === 1;
  return single ? ['headers', 'timestamp'] : ['topic', 'headers', 'timestamp'];
}

/** A column as the parser gives it: a metadata column may be VIRTUAL (read, never written). */
type Column = ColumnInfo & { metadata: (ColumnInfo['metadata'] & { virtual?: boolean }) | null };

/** A regular, physical column: neither metadata nor computed (a computed Flink column has no type). */
const isPhysical = (column: ColumnInfo) => column.metadata === null && column.type !== null;
const isWritten = (column: Column) => column.metadata !== null && column.metadata.virtual !== true;

/** No issues: shared, as most tables have none and the rules run on every table. */
const NONE: readonly ColumnIssue[] = Object.freeze([]);

/** `key.fields` names that are not regular, physical columns. */
function unknownKeyFields(keyFields: readonly string[], columns: readonly ColumnInfo[]): readonly ColumnIssue[] {
  if (keyFields.length === 0) return NONE;
  const physical = columns.filter(isPhysical).map((c) => c.name);
  return keyFields
    .filter((name) => !physical.includes(name))
    .map((name) => ({
      key: 'key.fields',
      message: `key.fields names '${name}', which is not a regular, physical column of the table (it may name ${physical.map((n) => `'${n}'`).join(', ') || 'none'})`,
    }));
}

/** Key columns without the table's `key.fields-prefix`. */
function unprefixedKeyFields(keyFields: readonly string[], config: Readonly<Record<string, unknown>>): readonly ColumnIssue[] {
  const prefix = config['key.fields-prefix'];
  if (typeof prefix !== 'string') return NONE;
  return keyFields
    .filter((name) => !name.startsWith(prefix))
    .map((name) => ({
      key: 'key.fields-prefix',
      message: `All key fields must be prefixed with '${prefix}' when option 'key.fields-prefix' is set, but field '${name}' is not`,
    }));
}

/** A sink writing to a pattern or a topic list needs a written `topic` metadata column to say where each row goes. */
function topicColumnIssues(columns: readonly Column[], config: Readonly<Record<string, unknown>>): readonly ColumnIssue[] {
  const pattern = config['topic-pattern'] !== undefined;
  if (!usedAs(config, 'sink') || (!pattern && flinkList(config.topic).length <= 1)) return NONE;
  if (columns.some((c) => isWritten(c) && c.metadata?.key === 'topic')) return NONE;
  const key = pattern ? 'topic-pattern' : 'topic';
  return [
    {
      key,
      message: `a sink with ${pattern ? "a 'topic-pattern'" : "several topics in 'topic'"} writes each row to the topic its 'topic' metadata column names, and this table has none (add one such as \`topic STRING METADATA\`, or set 'type' = 'source')`,
    },
  ];
}

/** A sink writes only the metadata it can (a read-only one, such as `offset`, must be VIRTUAL). */
function writableMetadataIssues(
  columns: readonly Column[],
  config: Readonly<Record<string, unknown>>,
  connector: string,
): readonly ColumnIssue[] {
  if (!columns.some(isWritten) || !usedAs(config, 'sink')) return NONE;
  const writable = writableMetadata(config);
  return columns
    .filter((c) => isWritten(c) && !writable.includes(c.metadata?.key ?? ''))
    .map(
      (c): ColumnIssue => ({
        column: c.name,
        at: 'type',
        message: `a ${connector} sink writes only the metadata ${writable.map((k) => `'${k}'`).join(', ')}, not '${c.metadata?.key}': declare column '${c.name}' METADATA VIRTUAL, or set 'type' = 'source'`,
      }),
    );
}

/** The columns a value format leaves out: the key's, with `value.fields-include = 'EXCEPT_KEY'`. */
const exceptKey = (config: Readonly<Record<string, unknown>>, keyFields: readonly string[]) =>
  isFlinkValue(config['value.fields-include'], 'EXCEPT_KEY') ? keyFields : [];

/** A `raw` key format holds a single column: the key must be one column. */
function rawKeyIssues(config: Readonly<Record<string, unknown>>, keyFields: readonly string[], of: string): readonly ColumnIssue[] {
  if (config['key.format'] !== 'raw' || keyFields.length <= 1) return NONE;
  return [
    {
      key: 'key.format',
      message: `the 'raw' key format reads and writes a single column, and the key (${of}) has ${keyFields.length}: ${keyFields.join(', ')}`,
    },
  ];
}

/** A `raw` value format (at `format` or `value.format`) holds a single physical column, less the key's it leaves out. */
function rawValueIssues(table: Parameters<ColumnRule>[0], keyFields: readonly string[]): readonly ColumnIssue[] {
  const { config } = table;
  if (config.format !== 'raw' && config['value.format'] !== 'raw') return NONE;
  const left = () => exceptKey(config, keyFields);
  return [...rawFormatColumnRule('', left)(table), ...rawFormatColumnRule('value.', left)(table)];
}

/** The issues of several checks as one list (the shared empty one when there are none). */
function allOf(...lists: readonly (readonly ColumnIssue[])[]): readonly ColumnIssue[] {
  let all: ColumnIssue[] | undefined;
  for (const list of lists) if (list.length > 0) (all ??= []).push(...list);
  return all ?? NONE;
}

/**
 * The column rules of a Flink `kafka` table: `key.fields` names regular, physical columns,
 * each with `key.fields-prefix` when set (`createKeyFormatProjection`); a PRIMARY KEY only
 * with a changelog value format (`validatePKConstraints`); one column for a `raw` format
 * (the key's, or the value's less the key's it leaves out); and, for a sink, a `topic`
 * metadata column where it writes to several topics, and only metadata it writes.
 *
 * @example
 * ```ts
 * flinkKafkaColumnRule({ columns: [{ name: 'id', type: { name: 'BIGINT', sql: 'BIGINT' }, nullable: true, primaryKey: false, metadata: null }],
 *   config: { 'key.format': 'json', 'key.fields': 'nope' } }); // [{ key: 'key.fields', message: "key.fields names 'nope', …" }]
 * ```
 */
export const flinkKafkaColumnRule: ColumnRule = ({ columns, config }) => {
  const keyFields = config['key.format'] === undefined ? NO_KEY : flinkList(config['key.fields']);
  const unknown = unknownKeyFields(keyFields, columns);
  const format = config.format ?? config['value.format'];
  const keepsNoKey = format !== undefined && !isChangelogFormat(format);
  const primaryKeyIssues = keepsNoKey
    ? columns
        .filter((c) => c.primaryKey)
        .map(
          (column): ColumnIssue => ({
            column: column.name,
            message: `a kafka table with '${String(format)}' format cannot have a PRIMARY KEY, which it could not keep: use a changelog format (debezium-json, …) or the upsert-kafka connector`,
          }),
        )
    : NONE;
  return allOf(
    unknown,
    unknown.length === 0 ? unprefixedKeyFields(keyFields, config) : NONE,
    rawKeyIssues(config, keyFields, 'key.fields'),
    rawValueIssues({ columns, config }, keyFields),
    primaryKeyIssues,
    topicColumnIssues(columns, config),
    writableMetadataIssues(columns, config, 'kafka'),
  );
};

/** A table without a key format has no key fields. */
const NO_KEY: readonly string[] = Object.freeze([]);

/**
 * The column rules of a Flink `upsert-kafka` table: a PRIMARY KEY, which is its message
 * key (`validatePKConstraints`), its columns each with `key.fields-prefix` when set; one
 * column for a `raw` format; and, for a sink, a `topic` metadata column where it writes to several topics, and
 * only metadata it writes.
 *
 * @example
 * ```ts
 * flinkUpsertKafkaColumnRule({ columns: [], config: { 'key.format': 'json', 'value.format': 'json' } });
 * // [{ message: "'upsert-kafka' tables require to define a PRIMARY KEY constraint, …" }]
 * ```
 */
export const flinkUpsertKafkaColumnRule: ColumnRule = ({ columns, config }) => {
  const key = columns.filter((c) => c.primaryKey);
  if (key.length === 0)
    return [
      {
        message:
          "'upsert-kafka' tables require to define a PRIMARY KEY constraint: it names the columns of the Kafka message key, by which rows are updated and deleted",
      },
    ];
  const keyFields = key.map((c) => c.name);
  return allOf(
    unprefixedKeyFields(keyFields, config),
    rawKeyIssues(config, keyFields, 'the PRIMARY KEY'),
    rawValueIssues({ columns, config }, keyFields),
    topicColumnIssues(columns, config),
    writableMetadataIssues(columns, config, 'upsert-kafka'),
  );
};
