import type { Connector } from './connector-definition.js';
import { isPlainObject } from '../json/json-object.js';

function camel(part: string): string {
  return part.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Where Arroyo's profile JSON holds a field: its declared `arroyoPath`, or its config path in camelCase. */
function arroyoPathOf(field: { path: readonly string[]; arroyoPath?: readonly string[] }): readonly string[] {
  return field.arroyoPath ?? field.path.map(camel);
}

/** Where a move finds its value in `config`: the object holding its last step, if the value is there. */
function holderOf(config: Record<string, unknown>, from: readonly string[]): Record<string, unknown> | undefined {
  let holder = config;
  for (let i = 0; i < from.length - 1; i++) {
    const next = holder[from[i]];
    if (!isPlainObject(next)) return undefined;
    holder = next;
  }
  return from[from.length - 1] in holder ? holder : undefined;
}

/**
 * Whether a profile config is in our canonical shape already: {@link fromArroyoProfileConfig}
 * would give back an equal copy of it (no Arroyo key to move, no empty Arroyo wrapper to
 * drop), so a caller that only reads it can skip the copy.
 *
 * @example
 * ```ts
 * isCanonicalProfileConfig(kafkaConnector, { bootstrap_servers: 'b:9092' }); // true
 * isCanonicalProfileConfig(kafkaConnector, { bootstrapServers: 'b:9092' }); // false
 * ```
 */
export function isCanonicalProfileConfig(connector: Connector, config: Record<string, unknown>): boolean {
  const { moves, wrappers } = planOf(connector);
  for (const { from, path } of moves) if (holderOf(config, from) && readPath(config, path) === undefined) return false;
  for (const path of wrappers) {
    const wrapper = readPath(config, path);
    if (isPlainObject(wrapper) && Object.keys(wrapper).length === 0) return false;
  }
  return true;
}

/**
 * A profile config in our canonical shape (nested snake_case, as stored and returned),
 * from a config in that shape or exactly as Arroyo's API returns and stores it
 * (camelCase, the `oneOf` variants of its `profile.json`: Kafka's `bootstrapServers`,
 * `authentication: {protocol, mechanism, username, password}`, `schemaRegistryEnum`,
 * `connectionProperties`; Redis's `connection: {address}` or `{addresses}`; …). The
 * mapping is the connector's own: each field's `arroyoPath`, or its path in camelCase.
 * A value already at its canonical path wins; what neither shape knows is left where it
 * is, for validation to report. The input is not modified.
 *
 * @example
 * ```ts
 * fromArroyoProfileConfig(kafkaConnector, { bootstrapServers: 'b:9092', authentication: {},
 *   schemaRegistryEnum: { endpoint: 'http://r:8081', apiKey: 'k' } });
 * // { bootstrap_servers: 'b:9092', authentication: {}, schema_registry: { endpoint: 'http://r:8081', api_key: 'k' } }
 * ```
 */
export function fromArroyoProfileConfig(connector: Connector, config: Record<string, unknown>): Record<string, unknown> {
  const { moves, wrappers } = planOf(connector);
  const copy = structuredClone(config);
  for (const { from, path } of moves) {
    const holder = holderOf(copy, from);
    if (!holder || readPath(copy, path) !== undefined) continue;
    const last = from[from.length - 1];
    const value = holder[last];
    delete holder[last];
    writePath(copy, path, value);
  }
  // Arroyo's wrappers (`schemaRegistryEnum`, `connection`) when empty (its `None` variants) go; ours (`authentication: {}`) stay.
  for (const path of wrappers) {
    const holder = readPath(copy, path.slice(0, -1));
    const last = path[path.length - 1];
    if (isPlainObject(holder) && isPlainObject(holder[last]) && Object.keys(holder[last] as object).length === 0) delete holder[last];
  }
  return copy;
}

/** What a connector's Arroyo shape asks of a config, worked out once per connector (a resolve reads every profile it names). */
interface ArroyoPlan {
  /** Profile fields whose Arroyo path differs from their config path. */
  moves: Array<{ from: readonly string[]; path: readonly string[] }>;
  /** Arroyo's wrapper objects (not ours), deepest first, removed when left empty. */
  wrappers: Array<readonly string[]>;
}

const plans = new WeakMap<Connector, ArroyoPlan>();

function planOf(connector: Connector): ArroyoPlan {
  let plan = plans.get(connector);
  if (plan) return plan;
  const moves: ArroyoPlan['moves'] = [];
  const emptied = new Set<string>();
  for (const field of connector.fields.all) {
    const from = arroyoPathOf(field);
    for (let i = 1; i < from.length; i++) emptied.add(from.slice(0, i).join('.'));
    if (field.level === 'profile' && from.join('.') !== field.path.join('.')) moves.push({ from, path: field.path });
  }
  const wrappers = [...emptied]
    .sort((a, b) => b.length - a.length)
    .map((dotted) => dotted.split('.'))
    .filter((path) => !connector.fields.tree.children.has(path[0]));
  plan = { moves, wrappers };
  plans.set(connector, plan);
  return plan;
}

function readPath(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const part of path) {
    if (!isPlainObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

function writePath(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = root;
  for (const part of path.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
