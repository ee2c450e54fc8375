import type { Catalog } from '../catalog/catalog.js';
import { formatDiagnostic } from '../resolve/format-diagnostic.js';
import type { ResolvedTable, ResolveResult } from '../resolve/resolved-table.js';
import { resolve, type ResolveOptions } from '../resolve/resolve-script.js';

/**
 * The name `resolveTable` and `toResolveWithoutErrors` give a script in their diagnostic
 * lines when no `file` is given.
 *
 * @example
 * ```ts
 * import { DEFAULT_SCRIPT_NAME } from 'ddl-profiles/testing';
 * DEFAULT_SCRIPT_NAME; // '<sql>': a line reads "<sql>:1:42: PROFILE_NOT_FOUND profile 'p' does not exist"
 * ```
 */
export const DEFAULT_SCRIPT_NAME = '<sql>';

/**
 * Options of {@link resolveTable}: those of `resolve`, plus the name the script is given
 * in messages, and a catalog to resolve through instead of `profiles`.
 *
 * - `file` (default `<sql>`): the name each diagnostic line starts with, as the CLI's
 *   `file:line:column: CODE message`.
 * - `catalog`: resolve through `catalog.resolve` (its store's profiles, its registry and
 *   environment unless `env` is given); `profiles` and `registry` are then not given.
 *
 * @example
 * ```ts
 * import { resolveTable, type ResolveTableOptions } from 'ddl-profiles/testing';
 * const options: ResolveTableOptions = { profiles, file: 'orders.sql' };
 * const orders = await resolveTable(sql, options);
 * ```
 */
export interface ResolveTableOptions extends ResolveOptions {
  file?: string;
  catalog?: Pick<Catalog, 'resolve'>;
}

/**
 * Resolves a script that creates one table, and returns that table. It throws an `Error`
 * if the script has any error, listing every one on its own line as
 * `file:line:column: CODE message` (the CLI's form), or if it does not resolve to exactly
 * one table. Messages are the library's, so they never hold a secret value.
 *
 * @example
 * ```ts
 * import { resolveTable } from 'ddl-profiles/testing';
 * const orders = await resolveTable("CREATE TABLE orders (id BIGINT) WITH (connection_profile = 'production-kafka', topic = 'orders', format = 'json');", {
 *   profiles: [{ name: 'production-kafka', connector: 'kafka', config: { bootstrap_servers: 'kafka-broker:9092' } }],
 *   file: 'orders.sql',
 * });
 * orders.provenance.bootstrap_servers; // 'profile'
 * ```
 */
export async function resolveTable(sql: string, options: ResolveTableOptions = {}): Promise<ResolvedTable> {
  const { file = DEFAULT_SCRIPT_NAME, catalog, ...rest } = options;
  let result: ResolveResult;
  if (catalog) {
    if (rest.profiles !== undefined || rest.registry !== undefined) {
      throw new TypeError('resolveTable: give either a catalog or profiles and a registry, not both');
    }
    const { profiles: _profiles, registry: _registry, ...catalogOptions } = rest;
    result = await catalog.resolve(sql, catalogOptions);
  } else {
    result = await resolve(sql, rest);
  }
  if (result.errors.length > 0) {
    const count = result.errors.length;
    throw new Error(
      [`${file}: ${count} error${count === 1 ? '' : 's'}`, ...result.errors.map((d) => formatDiagnostic(file, d))].join('\n'),
    );
  }
  if (result.tables.length !== 1) {
    const names = result.tables.map((t) => `${t.table} (line ${t.line})`).join(', ');
    const passed = result.passthrough.length > 0 ? ` (${result.passthrough.length} statement(s) passed through untouched)` : '';
    throw new Error(`${file}: expected exactly one table, resolved ${result.tables.length}${names ? `: ${names}` : ''}${passed}`);
  }
  return result.tables[0];
}
