import { createRegistry, type ConnectorRegistry } from '../connectors/index.js';
import { redactConfig } from './redact-config.js';
import type { ResolveResult } from './resolved-table.js';

/**
 * A copy of a resolve result safe to print or send: every table's `config` has its
 * secrets replaced by `********` (every value, for a connector `registry` does not know) (its `options` and `sql` are already redacted unless
 * `showSecrets` was asked for). The CLI and the HTTP handler send only this form.
 *
 * @example
 * ```ts
 * const result = await resolve(sql, { profiles });
 * console.log(JSON.stringify(redactResult(result)));
 * ```
 */
export function redactResult(result: ResolveResult, registry: ConnectorRegistry = createRegistry()): ResolveResult {
  return {
    ...result,
    // A connector the registry does not know (a custom one, resolved with another registry) gets every value hidden.
    tables: result.tables.map((table) => ({
      ...table,
      config: redactConfig(registry.get(table.connector), table.config, table.provenance),
    })),
  };
}
