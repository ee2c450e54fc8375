/**
 * The form a connector's JSON Schema describes, as plain data: which control each field
 * gets, where its value sits in the config, and what a person reads beside it. The view
 * (`schema-form.tsx`) draws these nodes; nothing here touches the DOM.
 */

/** A JSON Schema node, as `/v1/connectors` serves it. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  default?: unknown;
  format?: string;
  writeOnly?: boolean;
  sensitive?: boolean;
  minimum?: number;
  maximum?: number;
  /** The SQL key, where it is not the field's dotted path (`target.key_prefix`). */
  sqlKey?: string;
}

interface FieldBase {
  /** Where the value sits in the config: `['authentication', 'password']`. */
  path: string[];
  /** The dotted path, which is how the server names a field in its problems. */
  key: string;
  /** The key a table's WITH options use for it. */
  sqlKey: string;
  /** The visible label and accessible name: the schema's title, or the key. */
  label: string;
  /** Help text: the description, and an example where the schema gives one. */
  help?: string;
  required: boolean;
}

/**
 * One control of the form.
 *
 * - `section`: a nested object, drawn as a group of its own fields;
 * - `choice`: `oneOf` alternatives, of which only the chosen one's fields show;
 * - `select`: an enum; `checkbox`: a boolean; `map`: key/value rows; `list`: one value a line;
 * - `text` and `number`: the rest; `secret` marks a password input.
 */
export type FormNode =
  | (FieldBase & { kind: 'section'; children: FormNode[] })
  | (FieldBase & { kind: 'choice'; by: string; alternatives: Array<{ value: string; label: string; children: FormNode[] }> })
  | (FieldBase & { kind: 'select'; values: string[]; defaultValue?: string })
  | (FieldBase & { kind: 'checkbox'; defaultValue?: boolean })
  | (FieldBase & { kind: 'map' })
  | (FieldBase & { kind: 'list' })
  | (FieldBase & { kind: 'number'; integer: boolean })
  | (FieldBase & { kind: 'text'; secret: boolean; format?: string });

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

function helpOf(schema: JsonSchema): string | undefined {
  const example = schema.examples?.[0];
  const parts = [
    schema.description,
    example === undefined ? undefined : `Example: ${typeof example === 'string' ? example : JSON.stringify(example)}`,
  ];
  const help = parts.filter(Boolean).join(' ');
  return help || undefined;
}

function nodeOf(key: string, schema: JsonSchema, parent: string[], required: boolean): FormNode {
  const path = [...parent, key];
  const base: FieldBase = {
    path,
    key: path.join('.'),
    sqlKey: schema.sqlKey ?? path.join('.'),
    label: schema.title ?? path.join('.'),
    help: helpOf(schema),
    required,
  };
  if (schema.oneOf) {
    const by = discriminatorOf(schema.oneOf);
    return {
      ...base,
      kind: 'choice',
      by,
      alternatives: schema.oneOf.map((alternative) => ({
        value: String(alternative.properties?.[by]?.const ?? ''),
        label: alternative.title ?? String(alternative.properties?.[by]?.const ?? ''),
        children: childrenOf({ ...alternative, properties: withoutKey(alternative.properties ?? {}, by) }, path),
      })),
    };
  }
  if (schema.enum)
    return {
      ...base,
      kind: 'select',
      values: schema.enum.map(String),
      ...(typeof schema.default === 'string' ? { defaultValue: schema.default } : {}),
    };
  switch (typeOf(schema)) {
    case 'object':
      if (schema.properties) return { ...base, kind: 'section', children: childrenOf(schema, path) };
      return { ...base, kind: 'map' };
    case 'boolean':
      return { ...base, kind: 'checkbox', ...(typeof schema.default === 'boolean' ? { defaultValue: schema.default } : {}) };
    case 'array':
      return { ...base, kind: 'list' };
    case 'integer':
    case 'number':
      return { ...base, kind: 'number', integer: typeOf(schema) === 'integer' };
    default:
      return {
        ...base,
        kind: 'text',
        secret: schema.writeOnly === true || schema.format === 'password' || schema.sensitive === true,
        ...(schema.format && schema.format !== 'password' ? { format: schema.format } : {}),
      };
  }
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The key whose `const` tells `oneOf` alternatives apart (`type` for Kafka authentication). */
function discriminatorOf(alternatives: JsonSchema[]): string {
  const first = alternatives[0]?.properties ?? {};
  return Object.keys(first).find((key) => alternatives.every((a) => a.properties?.[key]?.const !== undefined)) ?? 'type';
}

function childrenOf(schema: JsonSchema, parent: string[]): FormNode[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, child]) => nodeOf(key, child, parent, required.has(key)));
}

/**
 * The form of an object schema: one node per property, in the schema's order.
 *
 * @example
 * ```ts
 * const nodes = describeForm(connector.profile_schema);
 * nodes[0]; // { kind: 'text', key: 'bootstrap_servers', label: 'bootstrap_servers', required: true, … }
 * ```
 */
export function describeForm(schema: JsonSchema): FormNode[] {
  return childrenOf(schema, []);
}

/**
 * Every key a value could sit at, dotted, for the overridable multi-select: a map stands
 * for all its keys (`connection_properties.*`), a choice for each alternative's fields.
 *
 * @example
 * ```ts
 * fieldKeys(describeForm(kafka.profile_schema)); // ['bootstrap_servers', 'authentication.type', …, 'connection_properties.*']
 * ```
 */
export function fieldKeys(nodes: FormNode[]): string[] {
  const keys: string[] = [];
  const visit = (node: FormNode): void => {
    if (node.kind === 'section') node.children.forEach(visit);
    else if (node.kind === 'choice') {
      keys.push(`${node.key}.${node.by}`);
      node.alternatives.forEach((a) => a.children.forEach(visit));
    } else keys.push(node.kind === 'map' ? `${node.key}.*` : node.key);
  };
  nodes.forEach(visit);
  return [...new Set(keys)];
}

/** A config: nested JSON. */
export type Config = Record<string, unknown>;

/**
 * The value at `path` of a config.
 *
 * @example
 * ```ts
 * getAt({ authentication: { username: 'app' } }, ['authentication', 'username']); // 'app'
 * ```
 */
export function getAt(config: Config, path: readonly string[]): unknown {
  let current: unknown = config;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Config)[key];
  }
  return current;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === '' ||
    (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/**
 * A copy of `config` with `value` at `path`. An empty value (`undefined`, `''`, `{}`)
 * removes the key, and a section left empty goes too, so the config holds only what
 * was filled in.
 *
 * @example
 * ```ts
 * setAt({}, ['authentication', 'username'], 'app'); // { authentication: { username: 'app' } }
 * setAt({ tls: { ca: 'x' } }, ['tls', 'ca'], '');   // {}
 * ```
 */
export function setAt(config: Config, path: readonly string[], value: unknown): Config {
  const [head, ...rest] = path;
  const next: Config = { ...config };
  const child =
    rest.length === 0
      ? value
      : setAt((typeof config[head] === 'object' && config[head] !== null ? config[head] : {}) as Config, rest, value);
  if (isEmpty(child)) delete next[head];
  else next[head] = child;
  return next;
}

/**
 * A copy of `config` where the choice at `path` takes `value`: its discriminator is set,
 * and keys of the other alternatives are dropped, so only the chosen one's fields remain.
 *
 * @example
 * ```ts
 * choose({ authentication: { type: 'sasl', username: 'u' } }, choiceNode, 'none'); // { authentication: { type: 'none' } }
 * ```
 */
export function choose(config: Config, node: Extract<FormNode, { kind: 'choice' }>, value: string): Config {
  const alternative = node.alternatives.find((a) => a.value === value);
  if (!alternative) return setAt(config, node.path, undefined);
  const current = (getAt(config, node.path) ?? {}) as Config;
  const own = new Set([node.by, ...alternative.children.map((c) => c.path[c.path.length - 1])]);
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => own.has(key)));
  return setAt(config, node.path, { ...kept, [node.by]: value });
}

/**
 * The chosen alternative of a choice: its discriminator, or the alternative whose own keys
 * the value uses (a profile saved as `{ sasl_mechanism, username, password }` is SASL).
 *
 * @example
 * ```ts
 * chosen({ authentication: { username: 'u' } }, choiceNode); // 'sasl'
 * ```
 */
export function chosen(config: Config, node: Extract<FormNode, { kind: 'choice' }>): string | undefined {
  const value = getAt(config, node.path) as Config | undefined;
  if (!value) return undefined;
  if (typeof value[node.by] === 'string') return value[node.by] as string;
  const keys = Object.keys(value);
  return node.alternatives.find((a) => keys.length > 0 && keys.every((k) => a.children.some((c) => c.path[c.path.length - 1] === k)))
    ?.value;
}

/**
 * A config as flat WITH options: each filled field under its SQL key, map entries as
 * `map.key`, lists comma-separated, every value a string.
 *
 * @example
 * ```ts
 * flattenToOptions({ topic: 'orders', source: { offset: 'earliest' } }, nodes); // { topic: 'orders', 'source.offset': 'earliest' }
 * ```
 */
export function flattenToOptions(config: Config, nodes: FormNode[]): Record<string, string> {
  const options: Record<string, string> = {};
  const visit = (node: FormNode): void => {
    const value = getAt(config, node.path);
    if (value === undefined) return;
    if (node.kind === 'section') node.children.forEach(visit);
    else if (node.kind === 'choice') {
      options[`${node.sqlKey}.${node.by}`] = String((value as Config)[node.by] ?? chosen(config, node) ?? '');
      node.alternatives.find((a) => a.value === chosen(config, node))?.children.forEach(visit);
    } else if (node.kind === 'map') for (const [k, v] of Object.entries(value as Config)) options[`${node.sqlKey}.${k}`] = String(v);
    else options[node.sqlKey] = Array.isArray(value) ? value.join(',') : String(value);
  };
  nodes.forEach(visit);
  return options;
}

/** A problem as the server reports it in `details.problems`. */
export interface Problem {
  code: string;
  message: string;
  key?: string;
  suggestion?: string;
}

/**
 * Problems grouped by the field they belong to. A problem whose key names no field of
 * the form (or none at all) goes under `''`, to be shown above the form.
 *
 * @example
 * ```ts
 * problemsByField([{ code: 'INVALID_VALUE', message: '…', key: 'bootstrap_servers' }], nodes).get('bootstrap_servers');
 * ```
 */
export function problemsByField(problems: readonly Problem[], nodes: FormNode[]): Map<string, Problem[]> {
  const keys = new Set<string>();
  const visit = (node: FormNode): void => {
    keys.add(node.key);
    if (node.kind === 'section') node.children.forEach(visit);
    if (node.kind === 'choice') node.alternatives.forEach((a) => a.children.forEach(visit));
  };
  nodes.forEach(visit);
  const byField = new Map<string, Problem[]>();
  for (const problem of problems) {
    // A map entry's problem (`connection_properties.client.id`) belongs to its map.
    const key = problem.key
      ? ([...keys].filter((k) => problem.key === k || problem.key!.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0] ?? '')
      : '';
    byField.set(key, [...(byField.get(key) ?? []), problem]);
  }
  return byField;
}

/** What the server shows in place of a stored secret. */
export const REDACTED = '********';
