export { DdlProfilesError, type LibraryErrorCode } from './library-error.js';
export { REDACTED, scrubSecrets } from './redaction.js';
