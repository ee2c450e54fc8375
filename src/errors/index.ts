export { DdlProfilesError, type LibraryErrorCode } from './library-error.js';
export { messageOf, withMessage } from './message-of.js';
export * from './problem-data.js';
export * from './problem-factories.js';
export { REDACTED, scrubSecrets } from './redaction.js';
