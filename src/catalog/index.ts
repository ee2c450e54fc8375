export { Catalog, openCatalog, type CatalogOptions, type CatalogResolveOptions } from './catalog.js';
export {
  ProfileService,
  type CreateOptions,
  type ProfilePage,
  type ProfileUpdate,
  type ReadOptions,
} from './profile-service.js';
export type { ProfileKeyChange, ProfileSyncPlan, SyncOptions } from './profile-sync.js';
export { TableService, tableOwnOptions, type TableDefinitionInput } from './table-service.js';
export { liveProfile, testMergedTable, testProfile, testResolvedTable, type TestProfileOptions } from './test-profile.js';
export { autocompleteProfile, type AutocompleteResult } from './autocomplete-profile.js';
