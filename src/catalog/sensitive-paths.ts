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
 * Where the secrets of a stored config sit, as a registry's connectors say: a profile's
 * sensitive fields and secret-looking map entries, a table's sensitive inline options.
 * A config of a connector the registry does not know has every value treated as secret.
 *
 * @example
 * ```ts
 * const store = await openStore({ path, sensitivePaths: sensitivePathsOf(createRegistry()) });
 * ```
 */
export function sensitivePathsOf(registry: ConnectorRegistry): SensitivePaths {
  return (name, kind, config) => {
    const connector = registry.get(name);
    if (!connector) return leafPaths(config);
    if (kind === 'table') {
      return Object.keys(config).flatMap((key) => {
        const match = connector.fields.match(key);
        return match && isSensitive(match) ? [[key]] : [];
      });
    }
    return flattenConfig(connector, config)
      .entries.filter((entry) => isSensitive(entry.match))
      .map((entry) => [...entry.path]);
  };
}
