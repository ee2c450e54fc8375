export { createHandler, DEFAULT_MAX_TEST_DEADLINE_MS, type HandlerOptions, type RequestHandler } from './create-handler.js';
export type { RequestLogEntry } from './middleware/index.js';
export { toNodeListener, type NodeListenerOptions } from './node-listener.js';
export { createNodeServer, NODE_SERVER_DEFAULTS, type NodeServerOptions } from './node-server.js';
export { TokenAuth, parseTokens, type TokenList } from './token-auth.js';
export { openApiDocument } from './openapi-document.js';
export { HttpError } from './http-error.js';
export { DEFAULT_MAX_BODY_BYTES } from './middleware/index.js';
