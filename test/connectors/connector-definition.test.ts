import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector, extendConnector, kafkaConnector } from '../../src/index.js';

describe('defineConnector', () => {
  it('derives the field index once, on first use, and says which SQL key two sides both declare', () => {
    const define = () =>
      defineConnector({
        name: 'clash',
        description: 'a profile and a table that both declare topic',
        profile: z.object({ topic: z.string() }),
        table: z.object({ topic: z.string() }),
      });
    expect(define).not.toThrow(); // importing a module of connectors derives nothing
    const clashing = define();
    expect(() => clashing.sensitiveKeys).toThrow("connector 'clash': the SQL key 'topic' is declared twice");
    expect(() => clashing.fields).toThrow("connector 'clash': the SQL key 'topic' is declared twice");
  });

  it('gives the same field index and validators on every read', () => {
    const extended = extendConnector(kafkaConnector, { table: { tier: z.string().optional() } });
    expect(extended.fields).toBe(extended.fields);
    expect(extended.tableValidator).toBe(extended.tableValidator);
    expect(extended.fields.match('tier')?.field.level).toBe('table');
    expect(extended.sensitiveKeys).toEqual(kafkaConnector.sensitiveKeys);
  });
});
