export type { ProfileDefinition, ProfileSource } from './profile-source.js';
export type { StoreDatabase, ConnectionProfilesTable, ConnectionTablesTable } from './database-schema.js';
export { openStore, type Store, type StoreOptions } from './open-store.js';
export { ProfileRepository, type DependentsCheck } from './profile-repository.js';
export { TableRepository } from './table-repository.js';
export { migrateToLatest, MIGRATION_TABLE, MIGRATION_LOCK_TABLE } from './migrations.js';
export { withoutCredentials } from './store-errors.js';
export type { NewProfile, Page, PageRequest, ProfilePatch, StoredProfile, StoredTable, TableRegistration } from './stored-records.js';
