// The `ddl-profiles/http` entry point, by name: the REST handler, its Node server, auth, and the console's assets.
export { createHandler, DEFAULT_MAX_TEST_DEADLINE_MS, type HandlerOptions, type RequestHandler } from './create-handler.js';
export { DEFAULT_MAX_BODY_BYTES, type RequestLogEntry } from './middleware/index.js';
export { toNodeListener, type NodeListenerOptions } from './node-listener.js';
export { createNodeServer, NODE_SERVER_DEFAULTS, type NodeServerOptions } from './node-server.js';
export { TokenAuth, parseTokens, type TokenList } from './token-auth.js';
export { openApiDocument } from './openapi-document.js';
export type { ScriptResolverOptions } from './script-resolver.js';
export { loadConsoleAssets, DEFAULT_CONSOLE_DIR, type ConsoleAssets } from './routes/index.js';
