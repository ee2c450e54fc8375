export { parseJsonText, type JsonText } from './parse-json-text.js';
export { parseWholeNumber, wholeNumberExpected } from './whole-number.js';
export { deepFreeze } from './deep-freeze.js';
