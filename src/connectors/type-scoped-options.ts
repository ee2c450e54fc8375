import type { z } from 'zod';
import type { ConfigRule } from './connector-definition.js';

function leafPaths(value: unknown, path: string[]): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([key, child]) => (child === undefined ? [] : leafPaths(child, [...path, key])));
}

/**
 * A rule refusing options that apply only to some table types, as Arroyo's
 * `from_options` reads them only for those types (and refuses the rest as unknown).
 * `scopes` maps a top-level config key (a value or a group such as `source`) to the
 * `type` values it applies to; a table without `type` is not judged.
 *
 * @example
 * ```ts
 * const rule = typeScopedOptions({ source: ['source'], sink: ['sink'] });
 * // type = 'sink', 'source.offset' = 'earliest' →
 * //   "source.offset applies only to source tables, and this table has type 'sink'"
 * ```
 */
export function typeScopedOptions(scopes: Readonly<Record<string, readonly string[]>>): ConfigRule {
  const scoped = Object.entries(scopes);
  return (config, context: z.RefinementCtx) => {
    const type = config.type;
    if (typeof type !== 'string') return;
    for (const [key, types] of scoped) {
      if (types.includes(type) || config[key] === undefined) continue;
      for (const path of leafPaths(config[key], [key])) {
        context.addIssue({
          code: 'custom',
          path,
          message: `${path.join('.')} applies only to ${types.join(' or ')} tables, and this table has type '${type}'`,
          params: { code: 'INVALID_VALUE' },
        });
      }
    }
  };
}
