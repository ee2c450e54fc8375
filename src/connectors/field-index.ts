import type { ConfigField } from './config-field.js';

/** A SQL key matched to its field; for a `map` field, `entry` is the part after the prefix. */
export interface FieldMatch {
  field: ConfigField;
  /** The canonical SQL key: `field.key`, or `field.key + '.' + entry` for a map entry. */
  key: string;
  entry?: string;
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
  private readonly byKey = new Map<string, ConfigField>();
  private readonly byAlias = new Map<string, ConfigField>();
  private readonly maps: ConfigField[];
  private readonly byPathKey = new Map<string, ConfigField>();

  constructor(readonly all: readonly ConfigField[]) {
    for (const field of all) {
      this.byKey.set(field.key, field);
      this.byPathKey.set(field.path.join('\u0000'), field);
      for (const alias of field.aliases) this.byAlias.set(alias, field);
    }
    this.maps = all.filter((f) => f.kind === 'map');
  }

  /** Matches a SQL key as written (canonical, alias, or map entry). */
  match(sqlKey: string): FieldMatch | undefined {
    const direct = this.byKey.get(sqlKey) ?? this.byAlias.get(sqlKey);
    if (direct && direct.kind !== 'map') return { field: direct, key: direct.key };
    for (const map of this.maps) {
      for (const prefix of [map.key, ...map.aliases]) {
        if (sqlKey.length > prefix.length + 1 && sqlKey.startsWith(prefix + '.')) {
          const entry = sqlKey.slice(prefix.length + 1);
          return { field: map, key: `${map.key}.${entry}`, entry };
        }
      }
    }
    return undefined;
  }

  /** Matches a path into the nested config (as zod reports it in an issue). */
  matchPath(path: readonly PropertyKey[]): FieldMatch | undefined {
    for (let length = path.length; length > 0; length--) {
      const field = this.byPathKey.get(path.slice(0, length).map(String).join('\u0000'));
      if (!field) continue;
      if (field.kind === 'map' && path.length > length) {
        const entry = String(path[length]);
        return { field, key: `${field.key}.${entry}`, entry };
      }
      return { field, key: field.key };
    }
    return undefined;
  }

  /** Every key a person may write, for closest-match suggestions (`prefix.*` for maps). */
  spellings(): string[] {
    return this.all.flatMap((f) => (f.kind === 'map' ? [`${f.key}.*`] : [f.key, ...f.aliases]));
  }
}
