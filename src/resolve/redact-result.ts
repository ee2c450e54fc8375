import { createRegistry, type ConnectorRegistry } from '../connectors/index.js';
import { redactConfig } from './redact-config.js';
import type { ResolveResult } from './resolved-table.js';
import type { SecretsMode } from './secrets-mode.js';

/**
 * A copy of a resolve result safe to print or send: every table's `config` has its
 * secrets replaced by `********` (every value, for a connector `registry` does not know) (its `options` and `sql` are already redacted unless
 * `showSecrets` was asked for). The CLI and the HTTP handler send only this form. A
 * result resolved with `secrets: 'template'` holds no secret value (each is its
 * `{{ NAME }}` template, or the table is an error), so with `secrets` given as
 * `template` it is returned as it is, templates shown.
 *
 * @example
 * ```ts
 * const result = await resolve(sql, { profiles });
 * console.log(JSON.stringify(redactResult(result)));
 * ```
 */
export function redactResult(
  result: ResolveResult,
  registry: ConnectorRegistry = createRegistry(),
  secrets: SecretsMode = 'redact',
): ResolveResult {
  if (secrets === 'template') return result;
  return {
    ...result,
    // A connector the registry does not know (a custom one, resolved with another registry) gets every value hidden.
    tables: result.tables.map((table) => ({
      ...table,
      config: redactConfig(registry.get(table.connector), table.config, table.provenance),
    })),
  };
}
