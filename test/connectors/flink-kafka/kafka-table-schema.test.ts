import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/connectors/connector-definition.js';
import { flinkKafkaConnector, flinkUpsertKafkaConnector } from '../../../src/connectors/flink/kafka/index.js';
import { FLINK_FORMATS } from '../../../src/connectors/flink/formats/index.js';

/** A format's own option (`json.ignore-parse-errors`, `key.raw.charset`), which the formats module lists. */
const isFormatOption = (key: string) => FLINK_FORMATS.some((format) => new RegExp(`^(?:key\\.|value\\.)?${format}\\.`).test(key));
const fieldOf = (connector: Connector, key: string) => connector.fields.all.find((f) => f.key === key);

const kafka = (options: Record<string, unknown>) =>
  flinkKafkaConnector.tableValidator.safeParse({ topic: 't', format: 'json', 'scan.startup.mode': 'earliest-offset', ...options });
const upsert = (options: Record<string, unknown>) =>
  flinkUpsertKafkaConnector.tableValidator.safeParse({ topic: 't', 'key.format': 'json', 'value.format': 'json', ...options });
/** The paths and messages of a refused parse, or [] when it passed. */
const refused = (result: ReturnType<typeof kafka>) => (result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]));
const refusedKeys = (result: ReturnType<typeof kafka>) => refused(result).map(([key]) => key);

describe("Flink's kafka table schema", () => {
  it('takes every option of the factory as a field with a description, and properties.* as a map', () => {
    const keys = flinkKafkaConnector.fields.all
      .filter((f) => f.level === 'table' && !isFormatOption(f.key))
      .map((f) => f.key)
      .sort();
    expect(keys).toEqual(
      [
        'format',
        'key.fields',
        'key.fields-prefix',
        'key.format',
        'properties',
        'scan.bounded.mode',
        'scan.bounded.specific-offsets',
        'scan.bounded.timestamp-millis',
        'scan.parallelism',
        'scan.startup.mode',
        'scan.startup.specific-offsets',
        'scan.startup.timestamp-millis',
        'scan.topic-partition-discovery.interval',
        'sink.delivery-guarantee',
        'sink.parallelism',
        'sink.partitioner',
        'sink.semantic',
        'sink.transaction-naming-strategy',
        'sink.transactional-id-prefix',
        'topic',
        'topic-pattern',
        'type',
        'value.fields-include',
        'value.format',
      ].sort(),
    );
    for (const f of flinkKafkaConnector.fields.all) expect(f.description, f.key).toBeTruthy();
    expect(flinkKafkaConnector.fields.match('properties.sasl.mechanism')).toMatchObject({
      key: 'properties.sasl.mechanism',
      entry: 'sasl.mechanism',
    });
    expect(fieldOf(flinkKafkaConnector, 'type')?.engineKey).toBeNull();
    const json = flinkKafkaConnector.jsonSchemas().table.properties as Record<string, { description?: string }>;
    expect(json['scan.startup.mode'].description).toContain('group-offsets');
    for (const prefix of ['', 'key.', 'value.'])
      expect(fieldOf(flinkKafkaConnector, `${prefix}json.ignore-parse-errors`), prefix).toBeDefined();
  });

  it('reads enums ignoring case, and refuses a value outside one', () => {
    expect(
      refused(
        kafka({
          'scan.startup.mode': 'LATEST-OFFSET',
          'value.fields-include': 'except_key',
          'sink.transaction-naming-strategy': 'pooling',
        }),
      ),
    ).toEqual([]);
    expect(refusedKeys(kafka({ 'scan.startup.mode': 'earliest' }))).toEqual(['scan.startup.mode']);
    // Flink spells the guarantee with dashes: EXACTLY_ONCE is refused, as Flink refuses it.
    expect(refusedKeys(kafka({ 'sink.delivery-guarantee': 'EXACTLY_ONCE', 'sink.transactional-id-prefix': 'p' }))).toEqual([
      'sink.delivery-guarantee',
    ]);
  });

  it('reads durations and integers in Flink forms, with bounds', () => {
    expect(
      refused(
        kafka({
          'scan.topic-partition-discovery.interval': '30 s',
          'scan.startup.mode': 'timestamp',
          'scan.startup.timestamp-millis': '-5',
        }),
      ),
    ).toEqual([]);
    expect(refusedKeys(kafka({ 'scan.topic-partition-discovery.interval': '1.5s' }))).toEqual(['scan.topic-partition-discovery.interval']);
    expect(refusedKeys(kafka({ 'scan.parallelism': '0', 'sink.parallelism': 'x' }))).toEqual(['scan.parallelism', 'sink.parallelism']);
    expect(refusedKeys(upsert({ 'sink.buffer-flush.max-rows': '-1' }))).toEqual(['sink.buffer-flush.max-rows']);
  });

  it('reads specific offsets as Flink parses them', () => {
    const offsets = (text: string) => kafka({ 'scan.startup.mode': 'specific-offsets', 'scan.startup.specific-offsets': text });
    expect(refused(offsets('partition:0,offset:42;partition:1,offset:300'))).toEqual([]);
    expect(refused(offsets('partition:0,offset:42;'))).toEqual([]);
    for (const bad of ['0:1', '', ';partition:0,offset:1', 'partition:0,offset:x', 'partition:0;offset:1'])
      expect(refusedKeys(offsets(bad)), bad).toEqual(['scan.startup.specific-offsets']);
  });

  it('takes the named partitioners exactly, or a class name; the deprecated sink.semantic with dashes or underscores', () => {
    expect(refused(kafka({ 'sink.partitioner': 'fixed' }))).toEqual([]);
    expect(refused(kafka({ 'sink.partitioner': 'com.example.KeyPartitioner' }))).toEqual([]);
    expect(refusedKeys(kafka({ 'sink.partitioner': 'FIXED' }))).toEqual(['sink.partitioner']);
    expect(refusedKeys(kafka({ 'sink.partitioner': '' }))).toEqual(['sink.partitioner']);
    expect(refused(kafka({ 'sink.semantic': 'at_least_once' }))).toEqual([]);
    expect(refusedKeys(kafka({ 'sink.semantic': 'bogus' }))).toEqual(['sink.semantic']);
  });

  it('refuses a topic list that names no topic, and an unknown key', () => {
    expect(refusedKeys(kafka({ topic: ' ; ' }))).toEqual(['topic']);
    expect(refused(kafka({ topic: 'a; b' }))).toEqual([]);
    expect(kafka({ 'scan.startup.mod': 'earliest-offset' }).success).toBe(false);
    expect(refusedKeys(kafka({ type: 'lookup' }))).toEqual(['type']);
  });
});

describe("Flink's upsert-kafka table schema", () => {
  it('requires key.format and value.format, and has no format, key.fields, scan.startup.* or sink.partitioner', () => {
    expect(refused(upsert({}))).toEqual([]);
    expect(refusedKeys(flinkUpsertKafkaConnector.tableValidator.safeParse({ topic: 't' })).sort()).toEqual(['key.format', 'value.format']);
    for (const key of ['format', 'key.fields', 'scan.startup.mode', 'sink.partitioner', 'sink.semantic'])
      expect(fieldOf(flinkUpsertKafkaConnector, key), key).toBeUndefined();
    expect(fieldOf(flinkUpsertKafkaConnector, 'sink.buffer-flush.interval')?.description).toContain('buffer');
  });
});
