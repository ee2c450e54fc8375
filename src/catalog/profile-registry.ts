import { ConnectorRegistry } from '../connectors/index.js';

/**
 * The connectors a catalog's profiles may name: every one of `registry` (Arroyo's), and
 * each connector of the other dialects' registries that takes profiles of its own name
 * and that `registry` lacks (Flink's `jdbc`). Profiles are stored once, whichever
 * dialect's tables use them: this is what they are validated, tested and encrypted by.
 *
 * @example
 * ```ts
 * profileRegistry(createRegistry(), [createFlinkRegistry()]).get('jdbc')?.dialect; // 'flink'
 * ```
 */
export function profileRegistry(registry: ConnectorRegistry, others: readonly ConnectorRegistry[]): ConnectorRegistry {
  const extra = others.flatMap((other) =>
    other.list().filter((c) => c.takesProfile && c.profileConnector === c.name && registry.get(c.name) === undefined),
  );
  if (extra.length === 0) return registry;
  return new ConnectorRegistry([...registry.list(), ...extra]);
}
