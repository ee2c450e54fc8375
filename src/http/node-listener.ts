import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { RequestHandler } from './create-handler.js';
import { asHttpError, errorResponse, HttpError } from './http-error.js';
import type { RequestLogEntry } from './middleware/index.js';

/**
 * Options of {@link toNodeListener}: `log` gets one entry for each request that never
 * reached the handler because it could not be read (its path is then `(unreadable)`).
 *
 * @example
 * ```ts
 * toNodeListener(handler, { log: (entry) => console.error(JSON.stringify(entry)) });
 * ```
 */
export interface NodeListenerOptions {
  log?: (entry: RequestLogEntry) => void;
}

/**
 * Adapts a web-standard handler to `node:http` with `@hono/node-server`: the request
 * body streams in, the response streams out with backpressure (server-sent events
 * included), and a client that goes away aborts the request's signal, which stops a live
 * test. A request that cannot be read (a `Host` header that is not a host, a request
 * target that is not a path) is a 400 and the process lives on; the URL's path is the
 * request line's, never steered by `Host`. Node's global `Request` and `Response` are
 * left as they are.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(createHandler({ catalog, auth }))).listen(8000, '127.0.0.1');
 * ```
 */
export function toNodeListener(
  handler: RequestHandler,
  options: NodeListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const listener = getRequestListener((request) => handler(request), {
    overrideGlobalObjects: false,
    errorHandler: (error) => {
      const http =
        error instanceof RequestError
          ? new HttpError(400, 'INVALID_REQUEST', `the request cannot be read: ${error.message.toLowerCase()}`)
          : asHttpError(error);
      options.log?.({
        method: '(unreadable)',
        path: '(unreadable)',
        status: http.status,
        durationMs: 0,
        code: http.code,
        ...(http.internal ? { internal: http.internal } : {}),
      });
      return errorResponse(http);
    },
  });
  return (req, res) => void listener(req, res);
}
