import type { ConnectorRegistry } from '../connectors/index.js';
import { flattenConfig, isSensitive } from '../resolve/index.js';
import type { SensitivePaths } from '../store/index.js';

function leafPaths(config: Record<string, unknown>, prefix: readonly string[] = []): string[][] {
  return Object.entries(config).flatMap(([name, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? leafPaths(value as Record<string, unknown>, [...prefix, name])
      : [[...prefix, name]],
  );
}

/**
 * Where the secrets of a stored config sit, as the connectors say: a profile's sensitive
 * fields and secret-looking map entries (by `profiles`), a table's sensitive inline
 * options (by `tables`, every dialect's registry: a key sensitive in any connector of
 * the table's name is sealed, as the store does not know the table's dialect). A config
 * of a connector nobody knows has every value treated as secret.
 *
 * @example
 * ```ts
 * const store = await openStore({ path, sensitivePaths: sensitivePathsOf(createRegistry(), [createRegistry(), createFlinkRegistry()]) });
 * ```
 */
export function sensitivePathsOf(profiles: ConnectorRegistry, tables: readonly ConnectorRegistry[]): SensitivePaths {
  return (name, kind, config) => {
    if (kind === 'table') {
      const connectors = tables.flatMap((registry) => registry.get(name) ?? []);
      if (connectors.length === 0) return leafPaths(config);
      return Object.keys(config).flatMap((key) =>
        connectors.some((connector) => {
          const match = connector.fields.match(key);
          return match !== undefined && isSensitive(match);
        })
          ? [[key]]
          : [],
      );
    }
    const connector = profiles.get(name);
    if (!connector) return leafPaths(config);
    return flattenConfig(connector, config)
      .entries.filter((entry) => isSensitive(entry.match))
      .map((entry) => [...entry.path]);
  };
}
