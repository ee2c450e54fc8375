import { createServer } from 'node:net';

/**
 * Starts a TCP server on a free loopback port that accepts connections and never
 * answers: what a hung service looks like. `close` also drops every accepted socket.
 */
export async function startSilentServer() {
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
