import type { Connector, FieldMatch, PathNode } from '../connectors/index.js';
import { isPlainObject } from '../json/json-object.js';

/**
 * One value of a nested config, under its canonical SQL key.
 *
 * @example
 * ```ts
 * const [entry] = flattenConfig(kafkaConnector, { authentication: { username: 'u' } }).entries;
 * entry.key; entry.path; entry.value; // 'authentication.username', ['authentication', 'username'], 'u'
 * ```
 */
export interface FlatEntry {
  key: string;
  path: readonly string[];
  match: FieldMatch;
  value: unknown;
}

/**
 * The entries of a nested config, and the dotted keys of values no field declares.
 *
 * @example
 * ```ts
 * flattenConfig(kafkaConnector, { bootstrap_server: 'k:9092' }).unknown; // ['bootstrap_server']
 * ```
 */
export interface FlattenedConfig {
  entries: FlatEntry[];
  unknown: string[];
}

/**
 * Walks a nested connector config (a profile body, or a parsed result) alongside the
 * connector's path tree and lists every leaf under its canonical SQL key. `undefined`
 * values are skipped; values no field declares are listed in `unknown`. An empty object
 * for a group that has an `enabled` field (`tls: {}`) is that switch turned on.
 *
 * @example
 * ```ts
 * flattenConfig(kafkaConnector, { bootstrap_servers: 'k:9092', authentication: { username: 'u' } }).entries
 *   .map((e) => e.key); // ['bootstrap_servers', 'authentication.username']
 * ```
 */
export function flattenConfig(connector: Connector, config: Record<string, unknown>): FlattenedConfig {
  const flattened: FlattenedConfig = { entries: [], unknown: [] };
  visit(config, connector.fields.tree, undefined, flattened);
  return flattened;
}

/** Lists the leaves of `node` (at `prefix`, undefined at the root) into `into`. */
function visit(node: Record<string, unknown>, tree: PathNode, prefix: readonly string[] | undefined, into: FlattenedConfig): void {
  const { entries } = into;
  for (const name in node) {
    const value = node[name];
    if (value === undefined) continue;
    const child = tree.children.get(name);
    const match = child?.match;
    const field = match?.field;
    if (field?.kind === 'map' && isPlainObject(value)) {
      for (const entry in value) {
        if (value[entry] === undefined) continue;
        const key = `${field.key}.${entry}`;
        entries.push({ key, path: [...field.path, entry], match: { field, key, entry }, value: value[entry] });
      }
    } else if (match) {
      // A field's own path and match are shared by every entry of it: nothing to allocate.
      entries.push({ key: match.key, path: match.field.path, match, value });
    } else if (child && isPlainObject(value)) {
      // An empty group with an on/off switch (`tls: {}`) asks for it on, with defaults.
      const enabled = child.children.get('enabled')?.match;
      if (enabled && Object.keys(value).length === 0)
        entries.push({ key: enabled.key, path: enabled.field.path, match: enabled, value: true });
      else visit(value, child, prefix ? [...prefix, name] : [name], into);
    } else {
      into.unknown.push(prefix ? [...prefix, name].join('.') : name);
    }
  }
}

/**
 * Sets `value` at `path` inside `target`, creating the objects on the way.
 *
 * @example
 * ```ts
 * const config = {};
 * setPath(config, ['authentication', 'username'], 'u'); // config.authentication.username === 'u'
 * ```
 */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const next = node[path[i]];
    if (!isPlainObject(next)) node[path[i]] = {};
    node = node[path[i]] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
