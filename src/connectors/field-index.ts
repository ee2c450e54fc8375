import type { ConfigField } from './config-field.js';

/**
 * A SQL key matched to its field; for a `map` field, `entry` is the part after the prefix.
 *
 * @example
 * ```ts
 * const match = kafkaConnector.fields.match('connection_properties.linger.ms');
 * match?.key; match?.entry; // 'connection_properties.linger.ms', 'linger.ms'
 * ```
 */
export interface FieldMatch {
  field: ConfigField;
  /** The canonical SQL key: `field.key`, or `field.key + '.' + entry` for a map entry. */
  key: string;
  entry?: string;
}

/**
 * A node of the config's path tree: the field that ends here, if any, and the nodes
 * below it. Walking a nested config alongside this tree finds each value's field
 * without building any key strings.
 *
 * @example
 * ```ts
 * const auth = kafkaConnector.fields.tree.children.get('authentication');
 * auth?.children.get('password')?.field?.sensitive; // true
 * ```
 */
export interface PathNode {
  field?: ConfigField;
  /** The field's own match (`FieldIndex.matchOf`), where a field ends here. */
  match?: FieldMatch;
  children: Map<string, PathNode>;
}

/**
 * Looks up a connector's fields by canonical SQL key, alias, map prefix or config path.
 *
 * @example
 * ```ts
 * const index = new FieldIndex(fields);
 * index.match('auth.mechanism')?.key;               // 'authentication.sasl_mechanism'
 * index.match('connection_properties.linger.ms')?.entry; // 'linger.ms'
 * ```
 */
export class FieldIndex {
  /** Each spelling's match, the field's own (shared) one: one lookup per key. */
  private readonly bySpelling = new Map<string, FieldMatch>();
  private readonly maps: Array<{ prefix: string; field: ConfigField }> = [];
  private readonly fieldMatches = new Map<ConfigField, FieldMatch>();
  readonly tree: PathNode = { children: new Map() };

  constructor(readonly all: readonly ConfigField[]) {
    for (const field of all) {
      for (const spelling of [field.key, ...field.aliases]) {
        if (field.kind === 'map') this.maps.push({ prefix: `${spelling}.`, field });
        // A map Arroyo reads as one `'k=v,…'` string is also written whole, under its own key.
        if (field.kind !== 'map' || field.engineForm === 'pairs') this.bySpelling.set(spelling, this.matchOf(field));
      }
      let node = this.tree;
      for (const part of field.path) {
        let next = node.children.get(part);
        if (!next) node.children.set(part, (next = { children: new Map() }));
        node = next;
      }
      node.field = field;
      node.match = this.matchOf(field);
    }
  }

  /**
   * Matches a SQL key as written (canonical, alias, or map entry). A field's own match is
   * shared; nothing is remembered per key written, so scripts full of made-up keys
   * (`connection_properties.*`) cost no memory after the call.
   */
  match(sqlKey: string): FieldMatch | undefined {
    const direct = this.bySpelling.get(sqlKey);
    if (direct) return direct;
    for (const { prefix, field } of this.maps) {
      if (sqlKey.length > prefix.length && sqlKey.startsWith(prefix)) {
        const entry = sqlKey.slice(prefix.length);
        return { field, key: `${field.key}.${entry}`, entry };
      }
    }
    return undefined;
  }

  /** The match of a field under its own canonical key (not a map entry), shared and immutable. */
  matchOf(field: ConfigField): FieldMatch {
    let match = this.fieldMatches.get(field);
    if (!match) this.fieldMatches.set(field, (match = Object.freeze({ field, key: field.key })));
    return match;
  }

  /** Matches a path into the nested config (as zod reports it in an issue). */
  matchPath(path: readonly PropertyKey[]): FieldMatch | undefined {
    let node = this.tree;
    for (let i = 0; i < path.length; i++) {
      const next = node.children.get(String(path[i]));
      if (!next) return undefined;
      node = next;
      if (node.field?.kind === 'map' && i + 1 < path.length) {
        const entry = String(path[i + 1]);
        return { field: node.field, key: `${node.field.key}.${entry}`, entry };
      }
      if (node.field) return { field: node.field, key: node.field.key };
    }
    return undefined;
  }

  /** Every key a person may write, for closest-match suggestions (`prefix.*` for maps). */
  spellings(): string[] {
    return this.all.flatMap((f) => (f.kind === 'map' ? [`${f.key}.*`] : [f.key, ...f.aliases]));
  }
}
