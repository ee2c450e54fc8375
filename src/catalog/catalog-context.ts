import type { ConnectorRegistry } from '../connectors/index.js';
import type { TemplateEnv, UnknownConnectors } from '../resolve/index.js';
import type { Store } from '../store/index.js';

/** What every part of a catalog shares: the store, the connectors, the tenant and the environment. */
export interface CatalogContext {
  store: Store;
  registry: ConnectorRegistry;
  tenant: string;
  env: TemplateEnv;
  /** The default for resolves that do not say; `error` when unset. */
  unknownConnectors?: UnknownConnectors;
}
