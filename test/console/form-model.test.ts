import { describe, expect, it } from 'vitest';
import {
  choose,
  chosen,
  describeForm,
  fieldKeys,
  flattenToOptions,
  getAt,
  problemsByField,
  setAt,
  type FormNode,
  type JsonSchema,
} from '../../console/src/schema-form/form-model.js';
import { markLines } from '../../console/src/pages/positioned-text.js';
import { kafkaConnector, redisConnector } from '../../src/index.js';

const kafkaProfile = kafkaConnector.jsonSchemas().profile as JsonSchema;
const byKey = (nodes: FormNode[], key: string): FormNode | undefined => {
  for (const node of nodes) {
    if (node.key === key) return node;
    const children = node.kind === 'section' ? node.children : node.kind === 'choice' ? node.alternatives.flatMap((a) => a.children) : [];
    const found = byKey(children, key);
    if (found) return found;
  }
  return undefined;
};

describe('describeForm', () => {
  const nodes = describeForm(kafkaProfile);

  it('draws the Kafka profile: a required text, a oneOf choice, sections, a map', () => {
    expect(nodes.map((n) => [n.key, n.kind, n.required])).toEqual([
      ['bootstrap_servers', 'text', true],
      ['authentication', 'choice', false],
      ['tls', 'section', false],
      ['schema_registry', 'section', false],
      ['connection_properties', 'map', false],
    ]);
    expect(byKey(nodes, 'bootstrap_servers')).toMatchObject({ label: 'bootstrap_servers', help: expect.stringContaining('host:port') });
  });

  it('gives each oneOf alternative only its own fields, the discriminator as the choice', () => {
    const auth = byKey(nodes, 'authentication') as Extract<FormNode, { kind: 'choice' }>;
    expect(auth.by).toBe('type');
    expect(auth.alternatives.map((a) => [a.value, a.label, a.children.map((c) => c.key)])).toEqual([
      ['none', 'None', []],
      ['sasl', 'SASL', ['authentication.sasl_mechanism', 'authentication.username', 'authentication.password', 'authentication.protocol']],
      ['aws_msk_iam', 'AWS MSK IAM', ['authentication.region']],
    ]);
    expect(byKey(nodes, 'authentication.sasl_mechanism')).toMatchObject({
      kind: 'select',
      values: ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'],
      required: true,
    });
  });

  it('makes secrets password inputs, booleans checkboxes, integers numbers, arrays lists', () => {
    expect(byKey(nodes, 'authentication.password')).toMatchObject({ kind: 'text', secret: true });
    expect(byKey(nodes, 'authentication.username')).toMatchObject({ kind: 'text', secret: false });
    expect(byKey(nodes, 'tls.key')).toMatchObject({ kind: 'text', secret: true });
    expect(byKey(nodes, 'tls.reject_unauthorized')).toMatchObject({ kind: 'checkbox' });
    const redis = describeForm(redisConnector.jsonSchemas().profile as JsonSchema);
    expect(byKey(redis, 'database')).toMatchObject({ kind: 'number', integer: true });
    expect(byKey(redis, 'cluster.addresses')).toMatchObject({ kind: 'list', required: true });
    expect(byKey(redis, 'password')).toMatchObject({ kind: 'text', secret: true });
  });

  it('reads writeOnly alone as a secret, and a title of its own as the label', () => {
    const [node] = describeForm({
      type: 'object',
      properties: { token: { type: 'string', writeOnly: true, title: 'API token', examples: ['t-1'] } },
    });
    expect(node).toMatchObject({ kind: 'text', secret: true, label: 'API token', help: 'Example: t-1' });
  });

  it('lists every key for the overridable multi-select, maps as key.*', () => {
    expect(fieldKeys(nodes)).toEqual([
      'bootstrap_servers',
      'authentication.type',
      'authentication.sasl_mechanism',
      'authentication.username',
      'authentication.password',
      'authentication.protocol',
      'authentication.region',
      'tls.enabled',
      'tls.ca',
      'tls.cert',
      'tls.key',
      'tls.reject_unauthorized',
      'schema_registry.endpoint',
      'schema_registry.api_key',
      'schema_registry.api_secret',
      'connection_properties.*',
    ]);
  });
});

describe('config values', () => {
  it('sets and clears nested values, dropping sections left empty', () => {
    const config = setAt({}, ['tls', 'ca'], 'PEM');
    expect(config).toEqual({ tls: { ca: 'PEM' } });
    expect(getAt(config, ['tls', 'ca'])).toBe('PEM');
    expect(setAt(config, ['tls', 'ca'], '')).toEqual({});
    expect(setAt({ a: 1 }, ['b'], false)).toEqual({ a: 1, b: false });
  });

  it('chooses an alternative, keeping only its keys, and recognises one from its keys', () => {
    const auth = describeForm(kafkaProfile).find((n) => n.key === 'authentication') as Extract<FormNode, { kind: 'choice' }>;
    const sasl = choose({}, auth, 'sasl');
    expect(sasl).toEqual({ authentication: { type: 'sasl' } });
    const filled = setAt(sasl, ['authentication', 'username'], 'alice');
    expect(choose(filled, auth, 'aws_msk_iam')).toEqual({ authentication: { type: 'aws_msk_iam' } });
    expect(choose(filled, auth, 'sasl')).toEqual(filled);
    expect(chosen({ authentication: { sasl_mechanism: 'PLAIN', username: 'u' } }, auth)).toBe('sasl');
    expect(chosen({ authentication: { region: 'eu-west-1' } }, auth)).toBe('aws_msk_iam');
    expect(chosen({}, auth)).toBeUndefined();
  });

  it('flattens a table config to WITH options under SQL keys', () => {
    const nodes = describeForm(redisConnector.jsonSchemas().table as JsonSchema);
    const config = {
      type: 'sink',
      format: 'json',
      target: 'string',
      key_prefix: 'k:',
      ttl_secs: 60,
      lookup: { cache: { max_bytes: '100' } },
    };
    expect(flattenToOptions(config, nodes)).toEqual({
      type: 'sink',
      format: 'json',
      target: 'string',
      'target.key_prefix': 'k:',
      'target.ttl_secs': '60',
      'lookup.cache.max_bytes': '100',
    });
  });

  it('puts each server problem at its field, a map entry at its map, the rest above the form', () => {
    const nodes = describeForm(kafkaProfile);
    const byField = problemsByField(
      [
        { code: 'INVALID_VALUE', message: 'bad brokers', key: 'bootstrap_servers' },
        { code: 'MISSING_OPTION', message: 'password required', key: 'authentication.password' },
        { code: 'INVALID_VALUE', message: 'bad entry', key: 'connection_properties.client.id' },
        { code: 'UNKNOWN_OPTION', message: 'what is this', key: 'nonsense' },
        { code: 'PROFILE_INVALID', message: 'no key' },
      ],
      nodes,
    );
    expect(Object.fromEntries([...byField].map(([k, v]) => [k, v.map((p) => p.message)]))).toEqual({
      bootstrap_servers: ['bad brokers'],
      'authentication.password': ['password required'],
      connection_properties: ['bad entry'],
      '': ['what is this', 'no key'],
    });
  });
});

describe('markLines', () => {
  it('marks the token at each line:column: a quoted string, a word', () => {
    const text = "CREATE TABLE a WITH (\n  format = 'jsn', tagret = 'x'\n)";
    const lines = markLines(text, [
      { line: 2, column: 12, code: 'INVALID_VALUE', message: 'bad', level: 'error' },
      { line: 2, column: 19, code: 'UNKNOWN_OPTION', message: 'typo', level: 'error' },
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[1].parts.map((p) => [p.text, p.mark?.code])).toEqual([
      ['  format = ', undefined],
      ["'jsn'", 'INVALID_VALUE'],
      [', ', undefined],
      ['tagret', 'UNKNOWN_OPTION'],
      [" = 'x'", undefined],
    ]);
    expect(lines[0].parts).toEqual([{ text: 'CREATE TABLE a WITH (' }]);
  });
});
