export { parseJsonText, type JsonText } from './parse-json-text.js';
