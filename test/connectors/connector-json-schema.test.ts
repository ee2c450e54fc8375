import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { field, kafkaConnector, redisConnector, secret } from '../../src/index.js';
import { connectorJsonSchema } from '../../src/connectors/index.js';

type Schema = { properties: Record<string, Record<string, unknown>> };

function fieldsOf(schema: Record<string, unknown>, path: string[] = []): Array<{ key: string; node: Record<string, unknown> }> {
  const out: Array<{ key: string; node: Record<string, unknown> }> = [];
  const visit = (node: Record<string, unknown>, at: string[]): void => {
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      out.push({ key: [...at, key].join('.'), node: child });
      visit(child, [...at, key]);
      for (const alternative of (child.oneOf ?? []) as Array<Record<string, unknown>>) visit(alternative, [...at, key]);
    }
  };
  visit(schema, path);
  return out;
}

describe('connectorJsonSchema', () => {
  it('gives every field of the built-in profiles a title and a description', () => {
    for (const connector of [kafkaConnector, redisConnector]) {
      const fields = fieldsOf(connector.jsonSchemas().profile);
      expect(fields.length).toBeGreaterThan(4);
      for (const { key, node } of fields) {
        expect(node.title, key).toBeTypeOf('string');
        expect(node.description, key).toBeTypeOf('string');
      }
    }
  });

  it('marks every sensitive field writeOnly with format password', () => {
    const secrets = fieldsOf(kafkaConnector.jsonSchemas().profile).filter((f) => f.node.sensitive === true);
    expect(secrets.map((s) => s.key).sort()).toEqual(['authentication.password', 'schema_registry.api_secret', 'tls.key']);
    for (const { node } of secrets) expect(node).toMatchObject({ writeOnly: true, format: 'password' });
  });

  it('states Kafka authentication as oneOf none / SASL / IAM, each with only its own keys', () => {
    const auth = (kafkaConnector.jsonSchemas().profile as Schema).properties.authentication;
    const alternatives = auth.oneOf as Array<{ title: string; properties: Record<string, { const?: string }>; required: string[] }>;
    expect(alternatives.map((a) => [a.title, a.properties.type.const, Object.keys(a.properties)])).toEqual([
      ['None', 'none', ['type']],
      ['SASL', 'sasl', ['type', 'sasl_mechanism', 'username', 'password', 'protocol']],
      ['AWS MSK IAM', 'aws_msk_iam', ['type', 'region']],
    ]);
    expect(alternatives[1].required).toEqual(['type', 'sasl_mechanism', 'username', 'password']);
    expect(auth.properties).toBeUndefined();
  });

  it('takes a title of its own, or the SQL key', () => {
    const schema = connectorJsonSchema(
      z.strictObject({
        a: field(z.string(), { title: 'The A', description: 'what a is' }),
        b: field(z.string(), { sqlKey: 'target.b' }),
        c: secret(z.string()).optional(),
      }),
    ) as Schema;
    expect(schema.properties.a).toMatchObject({ title: 'The A', description: 'what a is' });
    expect(schema.properties.b.title).toBe('target.b');
    expect(schema.properties.c).toMatchObject({ title: 'c', writeOnly: true, format: 'password' });
  });
});
