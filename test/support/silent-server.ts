import { createServer, type Server, type Socket } from 'node:net';

/** A TCP server that accepts connections and never answers: what a hung service looks like. */
export interface SilentServer {
  port: number;
  close(): Promise<void>;
}

/** Starts a silent TCP server on a free loopback port. `close` also drops every accepted socket. */
export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
