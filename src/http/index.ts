export { createHandler, type HandlerOptions, type RequestHandler, type RequestLogEntry } from './create-handler.js';
export { toNodeListener } from './node-listener.js';
export { TokenAuth, parseTokens } from './token-auth.js';
export { openApiDocument } from './openapi-document.js';
export { HttpError } from './http-error.js';
export { DEFAULT_MAX_BODY_BYTES } from './request-body.js';
export { consoleAssets, withConsole, CONSOLE_SECURITY_HEADERS, DEFAULT_CONSOLE_DIR } from './console-assets.js';
