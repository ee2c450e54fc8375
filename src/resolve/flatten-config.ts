import type { Connector, FieldMatch } from '../connectors/index.js';

/** One value of a nested config, under its canonical SQL key. */
export interface FlatEntry {
  key: string;
  path: string[];
  match: FieldMatch;
  value: unknown;
}

/** The entries of a nested config, and the dotted keys of values no field declares. */
export interface FlattenedConfig {
  entries: FlatEntry[];
  unknown: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks a nested connector config (a profile body, or a parsed result) and lists every
 * leaf under its canonical SQL key. `undefined` values are skipped.
 *
 * @example
 * ```ts
 * flattenConfig(kafkaConnector, { bootstrap_servers: 'k:9092', authentication: { username: 'u' } }).entries
 *   .map((e) => e.key); // ['bootstrap_servers', 'authentication.username']
 * ```
 */
export function flattenConfig(connector: Connector, config: Record<string, unknown>): FlattenedConfig {
  const entries: FlatEntry[] = [];
  const unknown: string[] = [];
  const visit = (node: Record<string, unknown>, prefix: string[]): void => {
    for (const [name, value] of Object.entries(node)) {
      if (value === undefined) continue;
      const path = [...prefix, name];
      const match = connector.fields.matchPath(path);
      if (match && match.field.path.length === path.length) {
        if (match.field.kind === 'map' && isPlainObject(value)) {
          for (const [entry, entryValue] of Object.entries(value)) {
            if (entryValue === undefined) continue;
            entries.push({ key: `${match.field.key}.${entry}`, path: [...path, entry], match: { ...match, key: `${match.field.key}.${entry}`, entry }, value: entryValue });
          }
        } else {
          entries.push({ key: match.key, path, match, value });
        }
      } else if (isPlainObject(value) && connector.fields.all.some((f) => startsWith(f.path, path))) {
        visit(value, path);
      } else {
        unknown.push(path.join('.'));
      }
    }
  };
  visit(config, []);
  return { entries, unknown };
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length < path.length && prefix.every((part, i) => path[i] === part);
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
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (!isPlainObject(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
