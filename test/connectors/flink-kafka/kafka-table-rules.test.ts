import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector-definition.js';
import { flinkKafkaConnector, flinkUpsertKafkaConnector } from '../../../src/connectors/flink/kafka/index.js';
import { useFlinkJudge } from '../../support/use-flink-judge.js';
import { flinkDdl } from './flink-kafka-ddl.js';

const { judge } = useFlinkJudge();

/** The issues of a table config, as [code, key, message]. */
function issuesOf(connector: Connector, config: Record<string, unknown>) {
  const result = connector.tableValidator.safeParse(config);
  if (result.success) return [];
  return result.error.issues.map((i) => [(i as { params?: { code?: string } }).params?.code, i.path.join('.'), i.message] as const);
}

interface RuleCase {
  title: string;
  connector: Connector;
  config: Record<string, unknown>;
  side: 'source' | 'sink';
  /** The table's columns, when not the default ones (upsert-kafka's have a PRIMARY KEY). */
  columns?: string;
  /** The one issue we report, as [code, key]. */
  issue: readonly [string, string];
  /** What Flink's refusal says (naming the same key), or 'accepts' where it does not check this and fails at run time or ignores the option. */
  judge: string;
}

const SOURCE = { topic: 't', format: 'json', 'scan.startup.mode': 'earliest-offset' };
const SINK = { topic: 't', format: 'json', type: 'sink' };
const UPSERT = { topic: 't', 'key.format': 'json', 'value.format': 'json' };
const kafka = flinkKafkaConnector;
const upsert = flinkUpsertKafkaConnector;

const CASES: RuleCase[] = [
  {
    title: 'a kafka table with neither topic nor topic-pattern',
    connector: kafka,
    config: { format: 'json', 'scan.startup.mode': 'earliest-offset' },
    side: 'source',
    issue: ['MISSING_OPTION', 'topic'],
    judge: "Either 'topic' or 'topic-pattern' must be set",
  },
  {
    title: 'a kafka table with both topic and topic-pattern',
    connector: kafka,
    config: { ...SINK, 'topic-pattern': 't.*' },
    side: 'sink',
    issue: ['INVALID_VALUE', 'topic-pattern'],
    judge: "Option 'topic' and 'topic-pattern' shouldn't be set together",
  },
  {
    title: 'an upsert-kafka source with both topic and topic-pattern',
    connector: upsert,
    config: { ...UPSERT, type: 'source', 'topic-pattern': 't.*' },
    side: 'source',
    issue: ['INVALID_VALUE', 'topic-pattern'],
    judge: 'Either Topic or Topic Pattern must be set for source',
  },
  {
    title: 'a kafka table with no value format',
    connector: kafka,
    config: { topic: 't', 'scan.startup.mode': 'earliest-offset' },
    side: 'source',
    issue: ['MISSING_OPTION', 'value.format'],
    judge: "Could not find required scan format 'value.format'",
  },
  {
    title: 'a kafka table with both format and value.format (Flink takes format and ignores value.format)',
    connector: kafka,
    config: { ...SOURCE, 'value.format': 'raw' },
    side: 'source',
    issue: ['INVALID_VALUE', 'value.format'],
    judge: 'accepts',
  },
  {
    title: 'a kafka table with key.format and no key.fields',
    connector: kafka,
    config: { ...SOURCE, 'key.format': 'json' },
    side: 'source',
    issue: ['MISSING_OPTION', 'key.fields'],
    judge: "A key format 'key.format' requires the declaration of one or more of key fields using 'key.fields'",
  },
  {
    title: 'a kafka table with an empty key.fields',
    connector: kafka,
    config: { ...SOURCE, 'key.format': 'json', 'key.fields': ' ' },
    side: 'source',
    issue: ['INVALID_VALUE', 'key.fields'],
    judge: "requires the declaration of one or more of key fields using 'key.fields'",
  },
  {
    title: 'a kafka table with key.fields and no key.format',
    connector: kafka,
    config: { ...SINK, 'key.fields': 'id' },
    side: 'sink',
    issue: ['MISSING_OPTION', 'key.format'],
    judge: "The option 'key.fields' can only be declared if a key format is defined using 'key.format'",
  },
  {
    title: 'a kafka table whose key format is a changelog',
    connector: kafka,
    config: { ...SINK, 'key.format': 'debezium-json', 'key.fields': 'id' },
    side: 'sink',
    issue: ['INVALID_VALUE', 'key.format'],
    judge: 'A key format should only deal with INSERT-only records. But debezium-json',
  },
  {
    title: 'an upsert-kafka table whose value format is a changelog',
    connector: upsert,
    config: { ...UPSERT, 'value.format': 'debezium-json' },
    side: 'sink',
    issue: ['INVALID_VALUE', 'value.format'],
    judge: "doesn't support 'debezium-json' as value format",
  },
  {
    title: 'a kafka table with key.fields-prefix and value.fields-include left at ALL',
    connector: kafka,
    config: { ...SOURCE, 'key.format': 'json', 'key.fields': 'k_id', 'key.fields-prefix': 'k_' },
    side: 'source',
    columns: 'k_id BIGINT, name STRING',
    issue: ['MISSING_OPTION', 'value.fields-include'],
    judge: "A key prefix is not allowed when option 'value.fields-include' is set to 'ALL'",
  },
  {
    title: "an upsert-kafka table with key.fields-prefix and value.fields-include = 'all'",
    connector: upsert,
    config: { ...UPSERT, 'key.fields-prefix': 'k_', 'value.fields-include': 'all' },
    side: 'sink',
    columns: 'k_id BIGINT, name STRING, PRIMARY KEY (k_id) NOT ENFORCED',
    issue: ['INVALID_VALUE', 'value.fields-include'],
    judge: "A key prefix is not allowed when option 'value.fields-include' is set to 'ALL'",
  },
  {
    title: 'a kafka source in timestamp startup mode without its timestamp',
    connector: kafka,
    config: { ...SOURCE, 'scan.startup.mode': 'timestamp' },
    side: 'source',
    issue: ['MISSING_OPTION', 'scan.startup.timestamp-millis'],
    judge: "'scan.startup.timestamp-millis' is required in 'timestamp' startup mode but missing",
  },
  {
    title: 'a kafka source in specific-offsets startup mode without its offsets',
    connector: kafka,
    config: { ...SOURCE, 'scan.startup.mode': 'specific-offsets' },
    side: 'source',
    issue: ['MISSING_OPTION', 'scan.startup.specific-offsets'],
    judge: "'scan.startup.specific-offsets' is required in 'specific-offsets' startup mode but missing",
  },
  {
    title: 'a kafka source in specific-offsets startup mode over two topics',
    connector: kafka,
    config: { ...SOURCE, topic: 'a;b', 'scan.startup.mode': 'specific-offsets', 'scan.startup.specific-offsets': 'partition:0,offset:1' },
    side: 'source',
    issue: ['INVALID_VALUE', 'scan.startup.mode'],
    judge: 'Currently Kafka source only supports specific offset for single topic',
  },
  {
    title: 'a kafka source in timestamp bounded mode without its timestamp',
    connector: kafka,
    config: { ...SOURCE, 'scan.bounded.mode': 'timestamp' },
    side: 'source',
    issue: ['MISSING_OPTION', 'scan.bounded.timestamp-millis'],
    judge: "'scan.bounded.timestamp-millis' is required in 'timestamp' bounded mode but missing",
  },
  {
    title: 'an upsert-kafka source in specific-offsets bounded mode without its offsets',
    connector: upsert,
    config: { ...UPSERT, 'scan.bounded.mode': 'specific-offsets' },
    side: 'source',
    issue: ['MISSING_OPTION', 'scan.bounded.specific-offsets'],
    judge: "'scan.bounded.specific-offsets' is required in 'specific-offsets' bounded mode but missing",
  },
  {
    title: 'an exactly-once kafka sink without a transactional id prefix',
    connector: kafka,
    config: { ...SINK, 'sink.delivery-guarantee': 'exactly-once' },
    side: 'sink',
    issue: ['MISSING_OPTION', 'sink.transactional-id-prefix'],
    judge: 'sink.transactional-id-prefix must be specified when using DeliveryGuarantee.EXACTLY_ONCE',
  },
  {
    title: 'an exactly-once kafka sink by the deprecated sink.semantic without a transactional id prefix',
    connector: kafka,
    config: { ...SINK, 'sink.semantic': 'exactly_once' },
    side: 'sink',
    issue: ['MISSING_OPTION', 'sink.transactional-id-prefix'],
    judge: 'EXACTLY_ONCE delivery guarantee requires a transactionalIdPrefix',
  },
  {
    title: 'a kafka sink with both sink.semantic and sink.delivery-guarantee (Flink takes the first)',
    connector: kafka,
    config: { ...SINK, 'sink.semantic': 'none', 'sink.delivery-guarantee': 'at-least-once' },
    side: 'sink',
    issue: ['INVALID_VALUE', 'sink.semantic'],
    judge: 'accepts',
  },
  {
    title: 'an exactly-once upsert-kafka sink without a transactional id prefix',
    connector: upsert,
    config: { ...UPSERT, 'sink.delivery-guarantee': 'EXACTLY-ONCE' },
    side: 'sink',
    issue: ['MISSING_OPTION', 'sink.transactional-id-prefix'],
    judge: 'sink.transactional-id-prefix must be specified',
  },
  {
    title: 'a kafka sink partitioned round-robin with key.fields',
    connector: kafka,
    config: { ...SINK, 'key.format': 'json', 'key.fields': 'id', 'sink.partitioner': 'round-robin' },
    side: 'sink',
    issue: ['INVALID_VALUE', 'sink.partitioner'],
    judge: "Currently 'round-robin' partitioner only works when option 'key.fields' is not specified",
  },
  {
    title: 'an upsert-kafka sink buffering by rows without an interval',
    connector: upsert,
    config: { ...UPSERT, 'sink.buffer-flush.max-rows': '100' },
    side: 'sink',
    issue: ['MISSING_OPTION', 'sink.buffer-flush.interval'],
    judge: "'sink.buffer-flush.max-rows' and 'sink.buffer-flush.interval' must be set to be greater than zero together",
  },
  {
    title: 'an upsert-kafka sink buffering by an interval with max-rows 0',
    connector: upsert,
    config: { ...UPSERT, 'sink.buffer-flush.interval': '1 s', 'sink.buffer-flush.max-rows': '0' },
    side: 'sink',
    issue: ['INVALID_VALUE', 'sink.buffer-flush.max-rows'],
    judge: "'sink.buffer-flush.max-rows' and 'sink.buffer-flush.interval' must be set to be greater than zero together",
  },
];

describe('Flink kafka and upsert-kafka table rules, each against the Flink judge', { timeout: 30_000 }, () => {
  for (const c of CASES) {
    it(`${c.connector.name}: ${c.title}: ${c.issue.join(' at ')}; Flink ${c.judge === 'accepts' ? 'accepts it' : 'refuses it'}`, async () => {
      expect(issuesOf(c.connector, c.config).map(([code, key]) => [code, key])).toEqual([c.issue]);
      const verdict = await judge(flinkDdl(c.connector.name, c.config, c.columns ?? (c.connector === upsert ? PK : undefined)), c.side);
      if (c.judge === 'accepts') expect(verdict).toEqual({ ok: true });
      else {
        expect(verdict).toMatchObject({ ok: false, stage: 'plan' });
        expect(verdict.message?.replace(/\s+/g, ' ')).toContain(c.judge);
      }
    });
  }

  it('checks a side only where the table is used on it: a sink-only rule skips a source, a source-only rule a sink', async () => {
    const exactlyOnceSource = { ...SOURCE, type: 'source', 'sink.delivery-guarantee': 'exactly-once' };
    expect(issuesOf(kafka, exactlyOnceSource)).toEqual([]);
    await expect(judge(flinkDdl('kafka', exactlyOnceSource), 'source')).resolves.toEqual({ ok: true });
    const timestampSink = { topic: 't', format: 'json', type: 'sink', 'scan.startup.mode': 'timestamp' };
    expect(issuesOf(kafka, timestampSink)).toEqual([]);
    await expect(judge(flinkDdl('kafka', timestampSink), 'sink')).resolves.toEqual({ ok: true });
    // Without a type, both sides are checked.
    const both = { topic: 't', format: 'json', 'scan.startup.mode': 'timestamp', 'sink.delivery-guarantee': 'exactly-once' };
    expect(issuesOf(kafka, both).map(([, key]) => key)).toEqual(['scan.startup.timestamp-millis', 'sink.transactional-id-prefix']);
  });

  it('accepts what Flink accepts on both sides: a full kafka table and a full upsert-kafka table', async () => {
    const full = {
      topic: 'orders',
      'value.format': 'json',
      'key.format': 'raw',
      'key.fields': 'k_name',
      'key.fields-prefix': 'k_',
      'value.fields-include': 'EXCEPT_KEY',
      properties: { 'group.id': 'g' },
      'scan.startup.mode': 'group-offsets',
      'scan.bounded.mode': 'latest-offset',
      'scan.topic-partition-discovery.interval': '30 s',
      'sink.delivery-guarantee': 'exactly-once',
      'sink.transactional-id-prefix': 'orders-tx',
      'sink.transaction-naming-strategy': 'POOLING',
      'sink.partitioner': 'fixed',
      'sink.parallelism': '2',
    };
    expect(issuesOf(kafka, full)).toEqual([]);
    for (const side of ['source', 'sink'] as const)
      await expect(judge(flinkDdl('kafka', full, 'id BIGINT, k_name STRING'), side)).resolves.toEqual({ ok: true });
    const buffered = {
      ...UPSERT,
      'sink.buffer-flush.max-rows': '100',
      'sink.buffer-flush.interval': 'PT1S',
      'scan.bounded.mode': 'latest-offset',
    };
    expect(issuesOf(upsert, buffered)).toEqual([]);
    for (const side of ['source', 'sink'] as const)
      await expect(judge(flinkDdl('upsert-kafka', buffered, PK), side)).resolves.toEqual({ ok: true });
  });
});

const PK = 'id BIGINT, name STRING, PRIMARY KEY (id) NOT ENFORCED';
