import { describe, expect, it } from 'vitest';
import { flinkKafkaConnector, flinkUpsertKafkaConnector } from '../../../src/connectors/flink/kafka/index.js';
import { kafkaConnector } from '../../../src/connectors/kafka/index.js';
import { ARROYO_TO_FLINK_KAFKA_KEYS, FLINK_TO_ARROYO_KAFKA_KEYS } from '../../../src/connectors/kafka-dialect-keys.js';

/** Whether a connector's table may set `key` itself: a table field, or an entry of a table map (`properties.group.id`). */
const isTableKey = (connector: typeof kafkaConnector, key: string) => connector.fields.match(key)?.field.level === 'table';

describe('the Kafka keys of each dialect, paired with the other’s', () => {
  it('names the Flink key for an Arroyo one, and the Arroyo key for a Flink one', () => {
    expect(ARROYO_TO_FLINK_KAFKA_KEYS).toMatchObject({
      bootstrap_servers: 'properties.bootstrap.servers',
      'source.offset': 'scan.startup.mode',
      'source.group_id': 'properties.group.id',
      'sink.commit_mode': 'sink.delivery-guarantee',
      'auth.mechanism': 'properties.sasl.mechanism',
      client_configs: null,
    });
    expect(FLINK_TO_ARROYO_KAFKA_KEYS).toMatchObject({
      'properties.bootstrap.servers': 'bootstrap_servers',
      'scan.startup.mode': 'source.offset',
      'properties.group.id': 'source.group_id',
      'sink.delivery-guarantee': 'sink.commit_mode',
      'properties.sasl.jaas.config': 'authentication.username',
      'topic-pattern': null,
    });
  });

  it('is each dialect’s otherDialectKeys: the Flink connectors’ Arroyo keys, Arroyo’s Flink keys', () => {
    expect(flinkKafkaConnector.otherDialectKeys).toBe(ARROYO_TO_FLINK_KAFKA_KEYS);
    expect(flinkUpsertKafkaConnector.otherDialectKeys).toBe(ARROYO_TO_FLINK_KAFKA_KEYS);
    expect(kafkaConnector.otherDialectKeys).toBe(FLINK_TO_ARROYO_KAFKA_KEYS);
  });

  it('lists only keys foreign to the dialect that reads them, and names only keys the other dialect has', () => {
    for (const [arroyo, flink] of Object.entries(ARROYO_TO_FLINK_KAFKA_KEYS)) {
      expect(isTableKey(flinkKafkaConnector, arroyo), arroyo).toBe(false);
      expect(kafkaConnector.fields.match(arroyo), arroyo).toBeDefined();
      if (flink !== null) expect(isTableKey(flinkKafkaConnector, flink), flink).toBe(true);
    }
    for (const [flink, arroyo] of Object.entries(FLINK_TO_ARROYO_KAFKA_KEYS)) {
      expect(isTableKey(kafkaConnector, flink), flink).toBe(false);
      expect(isTableKey(flinkKafkaConnector, flink) || isTableKey(flinkUpsertKafkaConnector, flink), flink).toBe(true);
      if (arroyo !== null) expect(kafkaConnector.fields.match(arroyo), arroyo).toBeDefined();
    }
  });
});
