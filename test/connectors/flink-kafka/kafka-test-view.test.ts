import { describe, expect, it } from 'vitest';
import { kafkaTestView } from '../../../src/connectors/flink/kafka/index.js';
import { subjectOf } from '../../../src/connectors/kafka/schema-registry-steps.js';

describe('a Flink Kafka table as the Kafka live test reads it', () => {
  it('gives a single topic its topic step, and no topic step to a pattern or a topic list', () => {
    expect(kafkaTestView({ topic: ' orders ', format: 'json' })).toEqual({ topic: 'orders' });
    expect(kafkaTestView({ 'topic-pattern': 'orders-.*', format: 'json' })).toBeUndefined();
    expect(kafkaTestView({ topic: 'a;b', format: 'json' })).toBeUndefined();
  });

  it('gives an avro-confluent value its registry subject: Flink’s subject option, or <topic>-value', () => {
    expect(subjectOf(kafkaTestView({ topic: 'orders', 'value.format': 'avro-confluent' }) ?? { topic: '' })).toBe('orders-value');
    expect(subjectOf(kafkaTestView({ topic: 'orders', format: 'avro-confluent', 'avro-confluent.subject': 'o-v1' }) ?? { topic: '' })).toBe(
      'o-v1',
    );
    expect(
      subjectOf(kafkaTestView({ topic: 'orders', 'key.format': 'avro-confluent', 'value.format': 'json' }) ?? { topic: '' }),
    ).toBeUndefined();
  });
});
