export type { Diagnostic, DiagnosticCode, Warning } from './diagnostic.js';
export { closestMatch } from './closest-match.js';
export { expandTemplate, type ExpandedTemplate, type TemplateEnv } from './template.js';
export { fromSqlText, toSqlText, type ConvertedValue } from './option-value.js';
export { flattenConfig, setPath, type FlatEntry, type FlattenedConfig } from './flatten-config.js';
export { prepareProfile, validateLevel, type Candidate, type PreparedProfile, type Problem, type ValidatedLevel } from './config-candidates.js';
export { isSensitive } from './sensitive-keys.js';
export { redactConfig, redactOptions } from './redact-config.js';
export {
  CONNECTOR_KEY,
  mergeTable,
  PROFILE_KEY,
  type MergeContext,
  type MergedTable,
  type MergeOutcome,
  type Position,
  type TableInput,
  type TableOptionInput,
} from './merge-table.js';
export { staticProfiles } from './static-profile-source.js';
export type { PassthroughStatement, Provenance, ResolvedTable, ResolveResult } from './resolved-table.js';
export { resolve, type ResolveOptions } from './resolve-script.js';
export { redactResult } from './redact-result.js';
export { validateProfile } from './validate-profile.js';
