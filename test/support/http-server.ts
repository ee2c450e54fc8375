import { createServer, type Server } from 'node:http';
import { createHandler, toNodeListener, TokenAuth, type HandlerOptions, type RequestLogEntry } from '../../src/http/index.js';

/** The REST handler served by node:http on a free loopback port, with its log captured. */
export interface TestApi {
  base: string;
  logs: RequestLogEntry[];
  close(): Promise<void>;
}

/** Serves `createHandler` on 127.0.0.1 for a test; tokens map to tenants. */
export async function serveApi(options: Omit<HandlerOptions, 'auth' | 'log'> & { tokens: Record<string, string> }): Promise<TestApi> {
  const logs: RequestLogEntry[] = [];
  const { tokens, ...rest } = options;
  const server: Server = createServer(
    toNodeListener(createHandler({ ...rest, auth: new TokenAuth(tokens), log: (entry) => logs.push(entry) }), {
      log: (entry) => logs.push(entry),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
