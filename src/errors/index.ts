export { DdlProfilesError, type LibraryErrorCode } from './library-error.js';
export { REDACTED } from './redaction.js';
