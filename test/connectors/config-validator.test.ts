import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { configValidator, kafkaConnector, redisConnector, type ConfigRule } from '../../src/connectors/index.js';

/** The reference: the whole schema, its rules run by zod's own superRefine, as before picking. */
function zodOwn(schema: z.ZodObject, rules: readonly ConfigRule[]) {
  return schema.superRefine(
    (value, context) => {
      for (const rule of rules) rule(value as Record<string, unknown>, context);
    },
    { when: () => true },
  );
}

const sinkNeedsKey: ConfigRule = (config, context) => {
  if (config.kind === 'sink' && config.key === undefined)
    context.addIssue({ code: 'custom', message: 'a sink needs a key', path: ['key'], params: { code: 'MISSING_OPTION' } });
};

const schema = z.strictObject({
  name: z.string(),
  kind: z.enum(['source', 'sink']).optional(),
  key: z.string().min(2).optional(),
  retries: z.number().int().default(3),
  group: z.strictObject({ size: z.number().optional(), mode: z.enum(['a', 'b']).default('a') }).optional(),
});

describe('configValidator', () => {
  const inputs: Record<string, unknown>[] = [
    { name: 'n' },
    { name: 'n', kind: 'source', group: {} },
    { name: 'n', kind: 'sink', key: 'kk', retries: 5, group: { size: 2 } },
    { kind: 'sink' }, // no name (a field issue) and no key (a rule issue): both reported
    { name: 'n', kind: 'sink', key: 'k' }, // too short: a field issue, and the rule passes
    { name: 'n', kind: 'sink' }, // fields pass, the rule does not
    { name: 'n', group: { size: 'big' } },
    { name: 'n', extra: 1 },
  ];

  it('parses every config as the whole schema with its rules does: data, key order and issues', () => {
    const validator = configValidator(schema, [sinkNeedsKey]);
    const reference = zodOwn(schema, [sinkNeedsKey]);
    for (const input of inputs) {
      const ours = validator.safeParse(input);
      const theirs = reference.safeParse(input);
      expect({ input, success: ours.success }).toEqual({ input, success: theirs.success });
      if (ours.success && theirs.success) expect(Object.keys(ours.data)).toEqual(Object.keys(theirs.data));
      expect(ours.success ? ours.data : ours.error.issues).toEqual(theirs.success ? theirs.data : theirs.error.issues);
    }
    expect(validator.safeParse({ kind: 'sink' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['name', 'key']);
  });

  it("agrees with zod's own on the Kafka and Redis table schemas", () => {
    const cases: Array<[typeof kafkaConnector, Record<string, unknown>]> = [
      [kafkaConnector, { topic: 't', format: 'json', type: 'source', source: { offset: 'earliest' } }],
      [kafkaConnector, { topic: 't', format: 'json', type: 'sink', source: { offset: 'earliest' } }],
      [kafkaConnector, { format: 'json' }],
      [redisConnector, { type: 'sink', format: 'json', target: 'string', target_key_prefix: 'k:' }],
      [redisConnector, { type: 'lookup', format: 'json' }],
    ];
    for (const [connector, input] of cases) {
      const reference = zodOwn(connector.table, connector.tableRules ?? []).safeParse(input);
      const ours = connector.tableValidator.safeParse(input);
      expect(ours.success ? ours.data : ours.error.issues).toEqual(reference.success ? reference.data : reference.error.issues);
    }
  });

  it('parse gives the data, or throws the error safeParse gives', () => {
    const validator = configValidator(schema, [sinkNeedsKey]);
    expect(validator.parse({ name: 'n' })).toEqual({ name: 'n', retries: 3 });
    expect(() => validator.parse({ name: 'n', kind: 'sink' })).toThrow(z.ZodError);
    expect(() => validator.parse({ name: 'n', kind: 'sink' })).toThrow('a sink needs a key');
  });

  it('still parses right past the 64 key sets it keeps picked schemas for', () => {
    const wide = z.strictObject(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, z.string().optional()])));
    const validator = configValidator(wide);
    for (let mask = 0; mask < 1 << 10; mask += 7) {
      const input = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, `v${i}`]).filter((_, i) => mask & (1 << i)));
      expect(validator.safeParse(input)).toEqual(wide.safeParse(input));
    }
    expect(validator.safeParse({ k1: 5 }).success).toBe(false);
  });
});
