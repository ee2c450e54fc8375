import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flinkFormatRule, flinkFormatShape, rawFormatColumnRule } from '../../src/connectors/flink/formats/index.js';

const table = z
  .strictObject({
    type: z.enum(['source', 'sink']).optional(),
    ...flinkFormatShape('', ['json', 'debezium-json', 'csv', 'raw']),
    ...flinkFormatShape('value.', ['json']),
  })
  .superRefine((config, context) => {
    flinkFormatRule(['', 'value.'])(config, context);
  });

function issues(config: Record<string, unknown>): Array<{ path: string; code?: string; message: string }> {
  const parsed = table.safeParse(config);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({
    path: i.path.join('/'),
    code: (i as { params?: { code?: string } }).params?.code,
    message: i.message,
  }));
}

describe('Flink format options', () => {
  it('takes the options of the format the table names, in Flink value forms', () => {
    expect(issues({ format: 'json', 'json.ignore-parse-errors': 'TRUE', 'json.timestamp-format.standard': 'ISO-8601' })).toEqual([]);
    expect(issues({ 'value.format': 'json', 'value.json.map-null-key.mode': 'literal' })).toEqual([]);
  });

  it('refuses an option of a format the table does not name, as Flink does', () => {
    expect(issues({ format: 'json', 'csv.field-delimiter': ';' })).toEqual([
      {
        path: 'csv.field-delimiter',
        code: 'UNKNOWN_OPTION',
        message: "'csv.field-delimiter' is an option of the csv format, and the table's format is 'json'",
      },
    ]);
  });

  it('refuses values Flink refuses: a lower-case timestamp standard, a bad boolean, a two-character delimiter', () => {
    expect(issues({ format: 'json', 'json.timestamp-format.standard': 'iso-8601' }).map((i) => i.path)).toEqual([
      'json.timestamp-format.standard',
    ]);
    expect(issues({ format: 'json', 'json.fail-on-missing-field': 'yes' }).map((i) => i.path)).toEqual(['json.fail-on-missing-field']);
    expect(issues({ format: 'csv', 'csv.field-delimiter': ';;' }).map((i) => i.path)).toEqual(['csv.field-delimiter']);
    expect(issues({ format: 'raw', 'raw.charset': 'nope' }).map((i) => i.path)).toEqual(['raw.charset']);
    expect(issues({ format: 'raw', 'raw.charset': 'iso-8859-1' })).toEqual([]);
  });

  it('refuses the combinations Flink refuses', () => {
    expect(issues({ format: 'json', 'json.fail-on-missing-field': 'true', 'json.ignore-parse-errors': 'true' })[0]?.code).toBe(
      'INVALID_VALUE',
    );
    expect(issues({ format: 'debezium-json', 'debezium-json.schema-include': 'true' })[0]?.path).toBe('debezium-json.schema-include');
    expect(issues({ type: 'source', format: 'debezium-json', 'debezium-json.schema-include': 'true' })).toEqual([]);
    expect(issues({ format: 'csv', 'csv.disable-quote-character': 'true', 'csv.quote-character': "'" })[0]?.path).toBe(
      'csv.quote-character',
    );
  });

  it('asks raw for a single physical column', () => {
    const column = (name: string, metadata = false) => ({
      name,
      type: { name: 'STRING', sql: 'STRING' },
      nullable: true,
      primaryKey: false,
      metadata: metadata ? { key: 'topic' } : null,
    });
    const rule = rawFormatColumnRule('');
    expect(rule({ columns: [column('line'), column('topic', true)], config: { format: 'raw' } })).toEqual([]);
    expect(rule({ columns: [column('a'), column('b')], config: { format: 'raw' } })[0]?.message).toMatch(
      /single physical column; this table has 2 \(a, b\)/,
    );
    expect(rule({ columns: [column('a'), column('b')], config: { format: 'json' } })).toEqual([]);
  });
});
