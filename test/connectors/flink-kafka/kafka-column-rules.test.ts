import { describe, expect, it } from 'vitest';
import type { ColumnInfo, ColumnRule } from '../../../src/connectors/column-rule.js';
import { flinkKafkaColumnRule, flinkUpsertKafkaColumnRule } from '../../../src/connectors/flink/kafka/index.js';
import { useFlinkJudge } from '../../support/use-flink-judge.js';
import { flinkDdl } from './flink-kafka-ddl.js';

const { judge } = useFlinkJudge();

/** A column as the parser gives it, from the text the judge reads: `id BIGINT`, `p INT METADATA FROM 'partition' VIRTUAL`, `c AS id + 1`. */
function column(text: string, primaryKey = false): ColumnInfo {
  const [name, type] = text.split(' ');
  const metadata = /METADATA(?: FROM '([^']+)')?( VIRTUAL)?/.exec(text);
  return {
    name,
    type: type === 'AS' ? null : { name: type.replace(/\(.*/, ''), sql: type },
    nullable: !primaryKey,
    primaryKey,
    metadata: metadata ? ({ key: metadata[1] ?? name, virtual: metadata[2] !== undefined } as ColumnInfo['metadata']) : null,
  };
}

interface ColumnCase {
  title: string;
  connector: 'kafka' | 'upsert-kafka';
  columns: string[];
  /** Names of the PRIMARY KEY's columns. */
  key?: string[];
  config: Record<string, unknown>;
  side: 'source' | 'sink';
  /** Where our one issue points: [option key or undefined, column or undefined]. */
  at: readonly [string | undefined, string | undefined];
  /** What Flink's refusal says, or 'accepts' (Flink fails only when the job runs). */
  judge: string;
}

const KAFKA = { topic: 't', format: 'json', 'scan.startup.mode': 'earliest-offset' };
const UPSERT = { topic: 't', 'key.format': 'json', 'value.format': 'json' };
const RULES: Record<ColumnCase['connector'], ColumnRule> = { kafka: flinkKafkaColumnRule, 'upsert-kafka': flinkUpsertKafkaColumnRule };

const CASES: ColumnCase[] = [
  {
    title: 'key.fields naming no column',
    connector: 'kafka',
    columns: ['id BIGINT', 'name STRING'],
    config: { ...KAFKA, 'key.format': 'json', 'key.fields': 'nope' },
    side: 'source',
    at: ['key.fields', undefined],
    judge: "Could not find the field 'nope' in the table schema for usage in the key format",
  },
  {
    title: 'key.fields naming a metadata column',
    connector: 'kafka',
    columns: ['id BIGINT', "p INT METADATA FROM 'partition' VIRTUAL"],
    config: { ...KAFKA, 'key.format': 'json', 'key.fields': 'p' },
    side: 'source',
    at: ['key.fields', undefined],
    judge: "Could not find the field 'p' in the table schema for usage in the key format",
  },
  {
    title: 'key.fields naming a computed column',
    connector: 'kafka',
    columns: ['id BIGINT', 'c AS id + 1'],
    config: { ...KAFKA, 'key.format': 'json', 'key.fields': 'c' },
    side: 'sink',
    at: ['key.fields', undefined],
    judge: "Could not find the field 'c' in the table schema for usage in the key format",
  },
  {
    title: 'a key field without key.fields-prefix',
    connector: 'kafka',
    columns: ['id BIGINT', 'name STRING'],
    config: { ...KAFKA, 'key.format': 'json', 'key.fields': 'id', 'key.fields-prefix': 'k_', 'value.fields-include': 'EXCEPT_KEY' },
    side: 'source',
    at: ['key.fields-prefix', undefined],
    judge: "All fields in 'key.fields' must be prefixed with 'k_'",
  },
  {
    title: 'a PRIMARY KEY with an insert-only format',
    connector: 'kafka',
    columns: ['id BIGINT', 'name STRING'],
    key: ['id'],
    config: KAFKA,
    side: 'source',
    at: [undefined, 'id'],
    judge: "with 'json' format doesn't support defining PRIMARY KEY constraint",
  },
  {
    title: 'a raw key format over two key fields',
    connector: 'kafka',
    columns: ['id STRING', 'name STRING'],
    config: { ...KAFKA, 'key.format': 'raw', 'key.fields': 'id;name' },
    side: 'sink',
    at: ['key.format', undefined],
    judge: "The 'raw' format only supports single physical column",
  },
  {
    title: 'a raw value format over two columns',
    connector: 'kafka',
    columns: ['id BIGINT', 'name STRING'],
    config: { ...KAFKA, format: 'raw' },
    side: 'source',
    at: ['format', undefined],
    judge: "The 'raw' format only supports single physical column",
  },
  {
    title: 'a sink writing a read-only metadata column',
    connector: 'kafka',
    columns: ['id BIGINT', "o BIGINT METADATA FROM 'offset'"],
    config: { ...KAFKA, type: 'sink' },
    side: 'sink',
    at: [undefined, 'o'],
    judge: "Invalid metadata key 'offset' in column 'o'",
  },
  {
    title: 'a sink writing the topic column of a single-topic table',
    connector: 'kafka',
    columns: ['id BIGINT', 'topic STRING METADATA'],
    config: { ...KAFKA, type: 'sink' },
    side: 'sink',
    at: [undefined, 'topic'],
    judge: "Invalid metadata key 'topic' in column 'topic'",
  },
  {
    title: 'a sink of a topic pattern without a topic metadata column',
    connector: 'kafka',
    columns: ['id BIGINT', 'name STRING'],
    config: { 'topic-pattern': 't.*', format: 'json', type: 'sink' },
    side: 'sink',
    at: ['topic-pattern', undefined],
    judge: 'accepts',
  },
  {
    title: 'a sink of two topics without a topic metadata column',
    connector: 'upsert-kafka',
    columns: ['id BIGINT', 'name STRING'],
    key: ['id'],
    config: { ...UPSERT, topic: 'a;b', type: 'sink' },
    side: 'sink',
    at: ['topic', undefined],
    judge: 'accepts',
  },
  {
    title: 'a table without a PRIMARY KEY',
    connector: 'upsert-kafka',
    columns: ['id BIGINT', 'name STRING'],
    config: UPSERT,
    side: 'sink',
    at: [undefined, undefined],
    judge: "'upsert-kafka' tables require to define a PRIMARY KEY constraint",
  },
  {
    title: 'a PRIMARY KEY column without key.fields-prefix',
    connector: 'upsert-kafka',
    columns: ['id BIGINT', 'name STRING'],
    key: ['id'],
    config: { ...UPSERT, 'key.fields-prefix': 'k_', 'value.fields-include': 'EXCEPT_KEY' },
    side: 'source',
    at: ['key.fields-prefix', undefined],
    judge: "All fields in 'key.fields' must be prefixed with 'k_'",
  },
  {
    title: 'a raw key format over a two-column PRIMARY KEY',
    connector: 'upsert-kafka',
    columns: ['id STRING', 'name STRING', 'v INT'],
    key: ['id', 'name'],
    config: { ...UPSERT, 'key.format': 'raw' },
    side: 'sink',
    at: ['key.format', undefined],
    judge: "The 'raw' format only supports single physical column",
  },
  {
    title: 'a raw value format holding the key column too',
    connector: 'upsert-kafka',
    columns: ['id BIGINT', 'name STRING'],
    key: ['id'],
    config: { ...UPSERT, 'value.format': 'raw' },
    side: 'source',
    at: ['value.format', undefined],
    judge: "The 'raw' format only supports single physical column",
  },
];

/** The CREATE TABLE's column list, with its PRIMARY KEY. */
const columnList = (c: { columns: string[]; key?: string[] }) =>
  [...c.columns, ...(c.key ? [`PRIMARY KEY (${c.key.join(', ')}) NOT ENFORCED`] : [])].join(', ');
const columnsOf = (c: { columns: string[]; key?: string[] }) => c.columns.map((text) => column(text, c.key?.includes(text.split(' ')[0])));

describe('Flink kafka and upsert-kafka column rules, each against the Flink judge', { timeout: 30_000 }, () => {
  for (const c of CASES) {
    it(`${c.connector}: ${c.title} is refused; Flink ${c.judge === 'accepts' ? 'accepts it' : 'refuses it'}`, async () => {
      const issues = RULES[c.connector]({ columns: columnsOf(c), config: c.config });
      expect(issues.map((i) => [i.key, i.column])).toEqual([c.at]);
      const verdict = await judge(flinkDdl(c.connector, c.config, columnList(c)), c.side);
      if (c.judge === 'accepts') expect(verdict).toEqual({ ok: true });
      else {
        expect(verdict).toMatchObject({ ok: false, stage: 'plan' });
        expect(verdict.message?.replace(/\s+/g, ' ')).toContain(c.judge);
      }
    });
  }

  it('accepts what Flink accepts: prefixed key fields, a raw value less its key, writable and virtual metadata, a topic column over a pattern', async () => {
    const accepted: Array<Omit<ColumnCase, 'title' | 'at' | 'judge'>> = [
      {
        connector: 'kafka',
        columns: ['k_id BIGINT', 'name STRING', "ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp'", "o BIGINT METADATA FROM 'offset' VIRTUAL"],
        config: {
          ...KAFKA,
          format: 'raw',
          'key.format': 'json',
          'key.fields': 'k_id',
          'key.fields-prefix': 'k_',
          'value.fields-include': 'EXCEPT_KEY',
        },
        side: 'sink',
      },
      {
        connector: 'kafka',
        columns: ['id BIGINT', 'topic STRING METADATA'],
        config: { 'topic-pattern': 't.*', format: 'json', 'scan.startup.mode': 'earliest-offset' },
        side: 'sink',
      },
      {
        connector: 'kafka',
        columns: ['id BIGINT', 'name STRING'],
        key: ['id'],
        config: { ...KAFKA, format: 'debezium-json' },
        side: 'source',
      },
      {
        connector: 'upsert-kafka',
        columns: ['id BIGINT', 'name STRING'],
        key: ['id'],
        config: { ...UPSERT, 'value.format': 'raw', 'value.fields-include': 'EXCEPT_KEY' },
        side: 'sink',
      },
    ];
    for (const c of accepted) {
      expect(RULES[c.connector]({ columns: columnsOf(c), config: c.config }), c.connector).toEqual([]);
      for (const side of ['source', 'sink'] as const)
        await expect(judge(flinkDdl(c.connector, c.config, columnList(c)), side), `${c.connector} ${side}`).resolves.toEqual({
          ok: true,
        });
    }
  });
});
